import BeaconDomain
import Fluent
import Vapor

/// How often a strategy's progress is reported.
enum ReportCadence: String, CaseIterable, Codable, Sendable {
    case quarterly, sixMonthly = "six_monthly", annual

    var title: String {
        switch self {
        case .quarterly: "Every quarter"
        case .sixMonthly: "Every six months"
        case .annual: "Every year"
        }
    }
}

/// A council strategy: the corporate strategy (whose priorities every plan traces to) or a
/// service strategy such as a customer services strategy, delivered through plan actions.
final class Strategy: Model, @unchecked Sendable {
    static let schema = "strategies"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "title") var title: String
    @Field(key: "is_corporate") var isCorporate: Bool
    @Field(key: "first_year") var firstYear: Int
    @Field(key: "last_year") var lastYear: Int
    /// Who owns it, as a document names them ("Head of Customer Services").
    @Field(key: "owner") var owner: String
    /// The decision that approved it.
    @Field(key: "approved_by") var approvedBy: String
    @Coded(key: "cadence") var cadence: ReportCadence
    @Field(key: "summary") var summary: String
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}

    /// `2007–12`, as councils write a strategy's span.
    var span: String { "\(firstYear)–\(String(format: "%02d", lastYear % 100))" }
}
