import BeaconDomain
import Fluent
import Vapor

/// What a form sends to add or change a strategic priority.
struct StrategicPriorityInput: Content, VersionedInput {
    var title: String?
    var summary: String?
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
    var closedNote: String? { closedOn.flatMap(CalendarDate.init(iso:)).map { "Closed on \($0.long)" } }

    static func createAccess(_ actor: Actor) -> Action { .managePriorities(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .managePriorities(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<StrategicPriority> {
        StrategicPriority.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$title)
    }

    func apply(_ input: StrategicPriorityInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let title = check.required("title", input.title, label: "Title")
        let summary = check.required("summary", input.summary, label: "Description", max: 2000)
        if let title, try await StrategicPriority.query(on: db).filter(\.$councilID == actor.councilID).filter(\.$title == title)
            .all().contains(where: { $0.id != id }) {
            check.add("title", "The council already has a priority with this title")
        }
        try check.orThrow()
        councilID = actor.councilID
        self.title = title!
        self.summary = summary!
    }

    func close(on day: CalendarDate) { closedOn = day.iso }

    static func formFields(for record: StrategicPriority?, input: StrategicPriorityInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        [
            FormField(name: "title", label: "Title", control: .text(max: 200), value: input?.title ?? record?.title ?? "",
                      hint: "For example Homes and environment", required: true),
            FormField(name: "summary", label: "Description", control: .textarea(max: 2000), value: input?.summary ?? record?.summary ?? "",
                      hint: "What the council means to achieve under this priority", required: true),
        ]
    }

    static func table(_ records: [StrategicPriority], on db: Database) async throws -> RecordTable {
        RecordTable(headers: ["Title", "Description"], rows: records.map {
            .init(id: $0.id!, cells: [$0.title, $0.summary], closed: $0.closedNote)
        })
    }
}
