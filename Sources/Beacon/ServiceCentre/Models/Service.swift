import BeaconDomain
import Fluent
import Vapor

/// Something the public can ask for or report — a missed bin, a pothole, a council tax
/// question — with the department that resolves it and its resolution standard.
final class Service: Model, @unchecked Sendable {
    static let schema = "services"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    /// Stable: integrations and call records name the service by it.
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "group_name") var group: String
    @Field(key: "department_id") var departmentID: UUID
    /// Other words people use for it, comma separated; the agent form searches them.
    @Field(key: "keywords") var keywords: String
    @Field(key: "online") var online: Bool
    /// The extra questions, one per line (see `ServiceQuestion`).
    @Field(key: "questions") var questionLines: String
    @Field(key: "standard_days") var standardWorkingDays: Int
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}

    var questions: [ServiceQuestion] { (try? ServiceQuestion.parse(questionLines)) ?? [] }

    /// An open service of the council by its name or its code, in any case.
    static func find(nameOrCode text: String, council: UUID, on db: Database) async throws -> Service? {
        let wanted = text.lowercased()
        return try await Service.query(on: db).filter(\.$councilID == council).filter(\.$closedOn == nil).all()
            .first { $0.name.lowercased() == wanted || $0.code.lowercased() == wanted }
    }
}
