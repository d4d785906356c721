import BeaconDomain
import Fluent
import Vapor

/// What a form sends to add or change a strategy.
struct StrategyInput: Content, VersionedInput {
    var title: String?
    var corporate: String?
    var firstYear: String?
    var lastYear: String?
    var owner: String?
    var approvedBy: String?
    var cadence: String?
    var summary: String?
    var version: Int?
}

extension ReportCadence: ChoiceList {}

extension Strategy: Audited, ManagedRecord {
    static let resource = Resource.strategies
    static let noun = "strategy"
    static let plural = "Strategies"
    static let closeAction = "Close strategy"
    static let auditType = "strategy"
    static let guidance = "The corporate strategy, whose numbered priorities every plan traces to, and other strategies such as a customer services strategy. A strategy's action plan is the plan actions that say they deliver it."

    var auditTitle: String { title }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { closedOn.map { "Closed on \($0.long)" } }

    static func createAccess(_ actor: Actor) -> Action { .manageStrategies(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .manageStrategies(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Strategy> {
        Strategy.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$isCorporate, .descending).sort(\.$title)
    }

    func apply(_ input: StrategyInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let title = check.required("title", input.title, label: "Title")
        let first = check.integer("firstYear", input.firstYear, label: "First year", in: 2000...2100)
        let last = check.integer("lastYear", input.lastYear, label: "Last year", in: 2000...2100)
        if let first, let last, last < first { check.add("lastYear", "The last year must not be before the first") }
        let owner = check.required("owner", input.owner, label: "Owner")
        let approvedBy = check.optional("approvedBy", input.approvedBy, label: "Approved by")
        let cadence: ReportCadence? = check.choice("cadence", input.cadence, label: "Progress reports")
        let summary = check.required("summary", input.summary, label: "Summary", max: 4000)
        let corporate = input.corporate == "yes"
        if corporate, try await Strategy.query(on: db).filter(\.$councilID == actor.councilID).filter(\.$isCorporate == true)
            .filter(\.$closedOn == nil).all().contains(where: { $0.id != id }) {
            check.add("corporate", "The council already has a corporate strategy; close it first")
        }
        try check.orThrow()
        (councilID, self.title, isCorporate, firstYear, lastYear) = (actor.councilID, title!, corporate, first!, last!)
        (self.owner, self.approvedBy, self.cadence, self.summary) = (owner!, approvedBy ?? "", cadence!, summary!)
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func formFields(for record: Strategy?, input: StrategyInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        [FormField(name: "title", label: "Title", control: .text(max: 200), value: input?.title ?? record?.title ?? "",
                   hint: "For example Customer Services Strategy", required: true),
         FormField(name: "corporate", label: "Is this the corporate strategy?", control: .select([.init(value: "no", label: "No"), .init(value: "yes", label: "Yes")]),
                   value: input?.corporate ?? (record?.isCorporate == true ? "yes" : "no"), hint: "The corporate strategy carries the strategic priorities", required: true),
         FormField(name: "firstYear", label: "First year", control: .number, value: input?.firstYear ?? record.map { String($0.firstYear) } ?? "", required: true),
         FormField(name: "lastYear", label: "Last year", control: .number, value: input?.lastYear ?? record.map { String($0.lastYear) } ?? "",
                   hint: "A strategy for 2027–32 runs from 2027 to 2032", required: true),
         FormField(name: "owner", label: "Owner", control: .text(max: 200), value: input?.owner ?? record?.owner ?? "", hint: "A job title, like Head of Customer Services", required: true),
         FormField(name: "approvedBy", label: "Approved by", control: .text(max: 200), value: input?.approvedBy ?? record?.approvedBy ?? "",
                   hint: "The decision that approved it, for example Cabinet resolution C/2024/12"),
         FormField(name: "cadence", label: "Progress reports", control: .select(ReportCadence.choices),
                   value: input?.cadence ?? record?.cadence.rawValue ?? ReportCadence.sixMonthly.rawValue, required: true),
         FormField(name: "summary", label: "Summary", control: .textarea(max: 4000), value: input?.summary ?? record?.summary ?? "", required: true)]
    }

    static func table(_ records: [Strategy], on db: Database) async throws -> RecordTable {
        RecordTable(headers: ["Strategy", "Span", "Owner", "Progress reports"], rows: records.map {
            .init(id: $0.id!, cells: [$0.title + ($0.isCorporate ? " (corporate)" : ""), $0.span, $0.owner, $0.cadence.title], closed: $0.closedNote)
        })
    }
}
