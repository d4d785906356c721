import BeaconDomain
import Fluent
import Vapor

/// A progress report: a draft assembled from live data, or an issued report whose content was
/// frozen (`content`) the moment it was issued. A correction is a new edition that supersedes
/// the one before; both stay readable.
final class Report: Model, @unchecked Sendable {
    static let schema = "reports"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "title") var title: String
    @Coded(key: "template") var template: ReportTemplate
    @Coded(key: "scope_kind") var scopeKind: ReportScopeKind
    /// The unit, strategy or plan the report covers; nil for the whole council.
    @OptionalField(key: "scope_id") var scopeID: UUID?
    /// The first and last periods covered (`ReportingPeriod.key`).
    @Field(key: "span_from") var spanFrom: String
    @Field(key: "span_to") var spanTo: String
    @Field(key: "introduction") var introduction: String
    /// The sections chosen, in order, with narratives and exception views (`ReportSectionChoice` as JSON).
    @Field(key: "sections") var sectionsJSON: String
    /// The budget section compares these two kinds of budget for the report's year.
    @Coded(key: "budget_base") var budgetBase: BudgetKind
    @Coded(key: "budget_compared") var budgetCompared: BudgetKind
    @Coded(key: "stage") var stage: ReportStage
    /// The frozen `ReportContent` as JSON; set once, when issued.
    @OptionalField(key: "content") var content: String?
    @OptionalField(key: "issued_at") var issuedAt: Date?
    @OptionalField(key: "issued_by") var issuedBy: String?
    @OptionalCoded(key: "issued_to") var issuedTo: ReportAudience?
    /// Where it went in words, such as "Cabinet, 15 October 2026".
    @OptionalField(key: "issued_to_note") var issuedToNote: String?
    @OptionalField(key: "agenda_item_id") var agendaItemID: UUID?
    /// The report a resolution asked for, when this is it (made by the daily job).
    @OptionalField(key: "follow_up_id") var followUpID: UUID?
    @OptionalField(key: "supersedes_id") var supersedesID: UUID?
    @OptionalField(key: "correction_reason") var correctionReason: String?
    /// 1 for the first issue, 2 for its first correction, and so on.
    @Field(key: "edition") var edition: Int
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "version") var version: Int

    init() {}

    var span: ReportSpan? {
        guard let from = ReportingPeriod(key: spanFrom), let to = ReportingPeriod(key: spanTo) else { return nil }
        return ReportSpan(from: from, to: to)
    }

    var sections: [ReportSectionChoice] {
        get { (try? JSONDecoder().decode([ReportSectionChoice].self, from: Data(sectionsJSON.utf8))) ?? [] }
        set {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            sectionsJSON = (try? encoder.encode(newValue)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        }
    }

    /// The frozen content of an issued report; nil for a draft.
    func frozenContent() throws -> ReportContent? {
        try content.map(ReportContent.thawed)
    }
}

extension Report: Audited {
    static let auditType = "report"
    var auditTitle: String { title }
    var auditCouncilID: UUID? { councilID }
}

extension ReportTemplate: StoredCode {}
extension ReportScopeKind: StoredCode {}
extension ReportStage: StoredCode {}
extension ReportAudience: StoredCode {}
