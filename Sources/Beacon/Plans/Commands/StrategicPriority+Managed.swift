import BeaconDomain
import Fluent
import Vapor

/// What a form sends to add or change a strategic priority.
struct StrategicPriorityInput: Content, VersionedInput {
    var title: String?
    var summary: String?
    var number: String?
    var objectives: String?
    var version: Int?
}

extension StrategicPriority: Audited, ManagedRecord {
    static let resource = Resource.priorities
    static let noun = "strategic priority"
    static let plural = "Strategic priorities"
    static let closeAction = "Close priority"
    static let auditType = "strategic priority"
    static let guidance = "The council's corporate priorities. Indicators (and, later, plans and actions) name the priority they serve, so a scorecard can be drawn for each."

    var auditTitle: String { title }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { closedOn.map { "Closed on \($0.long)" } }

    static func createAccess(_ actor: Actor) -> Action { .managePriorities(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .managePriorities(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<StrategicPriority> {
        StrategicPriority.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$number).sort(\.$title)
    }

    func apply(_ input: StrategicPriorityInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let title = check.required("title", input.title, label: "Title")
        let summary = check.required("summary", input.summary, label: "Description", max: 2000)
        let number = check.integer("number", (input.number ?? "").isEmpty ? "0" : input.number, label: "Number", in: 0...99)
        let objectives = check.optional("objectives", input.objectives, label: "Objectives", max: 4000)
        if let title, try await StrategicPriority.query(on: db).filter(\.$councilID == actor.councilID).filter(\.$title == title)
            .all().contains(where: { $0.id != id }) {
            check.add("title", "The council already has a priority with this title")
        }
        try check.orThrow()
        councilID = actor.councilID
        self.title = title!
        self.summary = summary!
        self.number = number!
        self.objectives = objectives ?? ""
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func formFields(for record: StrategicPriority?, input: StrategicPriorityInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        [
            FormField(name: "title", label: "Title", control: .text(max: 200), value: input?.title ?? record?.title ?? "",
                      hint: "For example Homes and environment", required: true),
            FormField(name: "summary", label: "Description", control: .textarea(max: 2000), value: input?.summary ?? record?.summary ?? "",
                      hint: "What the council means to achieve under this priority", required: true),
            FormField(name: "number", label: "Number in the corporate strategy", control: .number,
                      value: input?.number ?? record.map { $0.number > 0 ? String($0.number) : "" } ?? "",
                      hint: "Priorities are listed and printed in this order"),
            FormField(name: "objectives", label: "Objectives", control: .textarea(max: 4000),
                      value: input?.objectives ?? record?.objectives ?? "", hint: "One objective per line"),
        ]
    }

    static func table(_ records: [StrategicPriority], on db: Database) async throws -> RecordTable {
        RecordTable(headers: ["Priority", "Description"], rows: records.map {
            .init(id: $0.id!, cells: [$0.numberedTitle, $0.summary], closed: $0.closedNote)
        })
    }
}
