import BeaconDomain
import Fluent
import Vapor

/// What a form or JSON body sends to add or change a councillor's position.
struct PositionInput: Content, VersionedInput {
    var councillorID: String?
    var kind: String?
    var area: String?
    var body: String?
    var startsOn: String?
    var endsOn: String?
    var version: Int?
}

extension FormCheck {
    /// A start and an optional end day, where the end is not before the start.
    mutating func span(_ startsOn: String?, _ endsOn: String?) -> DatedSpan? {
        let starts = requiredDate("startsOn", startsOn, label: "Start date")
        let ends = optionalDate("endsOn", endsOn, label: "End date")
        guard let starts else { return nil }
        guard let span = DatedSpan(starts: starts, ends: ends) else {
            add("endsOn", "End date must be on or after the start date")
            return nil
        }
        return span
    }
}

/// The dated span of a record that has a start and may have an end.
func datedSpan(_ startsOn: CalendarDate, _ endsOn: CalendarDate?) -> String {
    DatedSpan(starts: startsOn, ends: endsOn)?.long ?? startsOn.long
}

func endedNote(_ endsOn: CalendarDate?) -> String? {
    guard let ends = endsOn, ends <= BeaconClock.current.today else { return nil }
    return "Ended on \(ends.long)"
}

extension Position: Audited, ManagedRecord {
    static let resource = Resource.positions
    static let noun = "position"
    static let plural = "Councillors' positions"
    static let closeAction = "End this position today"
    static let auditType = "position"
    static let guidance = "Who holds each post and when: leader, cabinet members, portfolio holders, chairs, vice-chairs and members of committees."

    var auditTitle: String { title }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { endedNote(endsOn) }
    var span: String { datedSpan(startsOn, endsOn) }

    static func createAccess(_ actor: Actor) -> Action { .manageCouncillors(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .manageCouncillors(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Position> {
        Position.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$startsOn, .descending)
    }

    func apply(_ input: PositionInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let councillor = check.requiredID("councillorID", input.councillorID, label: "Councillor")
        let kind: PositionKind? = check.choice("kind", input.kind, label: "Position")
        let area = check.optional("area", input.area, label: "Portfolio", max: 200)
        let body = check.optional("body", input.body, label: "Committee", max: 200)
        let span = check.span(input.startsOn, input.endsOn)
        if kind?.needsArea == true, area == nil { check.add("area", "Enter the portfolio, for example finance and resources") }
        if kind?.needsBody == true, body == nil { check.add("body", "Enter the committee, for example Overview and Scrutiny Committee") }
        if councillor != nil, try await !db.exists(Councillor.self, councillor, council: actor.councilID, councilField: \.$councilID) {
            check.add("councillorID", "Choose a councillor from the list")
        }
        try check.orThrow()
        councilID = actor.councilID
        councillorID = councillor!
        self.kind = kind!
        self.area = kind!.needsArea ? area : nil
        self.body = kind!.needsBody ? body : nil
        startsOn = span!.starts
        endsOn = span!.ends
    }

    func close(on day: CalendarDate) { endsOn = day }

    static func formFields(for record: Position?, input: PositionInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let councillors = try await Councillor.visible(to: actor, on: db).all()
        return [
            FormField(name: "councillorID", label: "Councillor", control: .select([.prompt("Choose a councillor")] + councillors.choices),
                      value: input?.councillorID ?? record?.councillorID.uuidString ?? "", required: true),
            FormField(name: "kind", label: "Position", control: .select([.prompt("Choose a position")] + PositionKind.choices),
                      value: input?.kind ?? record?.kind.rawValue ?? "", required: true),
            FormField(name: "area", label: "Portfolio", control: .text(max: 200), value: input?.area ?? record?.area ?? "",
                      hint: "For a portfolio holder, for example customer services"),
            FormField(name: "body", label: "Committee", control: .text(max: 200), value: input?.body ?? record?.body ?? "",
                      hint: "For a chair, vice-chair or member, for example Overview and Scrutiny Committee"),
            FormField(name: "startsOn", label: "Start date", control: .date, value: input?.startsOn ?? record?.startsOn.iso ?? "", required: true),
            FormField(name: "endsOn", label: "End date", control: .date, value: input?.endsOn ?? record?.endsOn?.iso ?? "",
                      hint: "Leave empty while the position is held"),
        ]
    }

    static func table(_ records: [Position], on db: Database) async throws -> RecordTable {
        let councillors = try await names(of: Councillor.self, ids: records.map(\.councillorID), on: db)
        return RecordTable(headers: ["Position", "Councillor", "Dates"], rows: records.map {
            .init(id: $0.id!, cells: [$0.title, councillors[$0.councillorID] ?? "—", $0.span], closed: $0.closedNote)
        })
    }
}
