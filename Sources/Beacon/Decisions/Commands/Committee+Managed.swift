import BeaconDomain
import Fluent
import Vapor

/// What a form sends to add or change a committee.
struct CommitteeInput: Content, VersionedInput {
    var name: String?
    var kind: String?
    var version: Int?
}

extension CommitteeKind: ChoiceList {}
extension MeetingStatus: ChoiceList {}

extension Committee: Audited, ManagedRecord, Choosable {
    static let resource = Resource.committees
    static let noun = "committee"
    static let plural = "Committees"
    static let closeAction = "Close committee"
    static let auditType = "committee"
    static let guidance = "The bodies that meet: cabinet, full council, scrutiny committees and panels. Members, chairs and vice-chairs are councillors' positions on the committee's name; cabinet's are the leader, deputy leader and cabinet members."

    var auditTitle: String { name }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { closedOn.map { "Closed on \($0.long)" } }
    var choiceLabel: String { name }

    static func createAccess(_ actor: Actor) -> Action { .runDecisions(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .runDecisions(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Committee> {
        Committee.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$name)
    }

    func apply(_ input: CommitteeInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let name = check.required("name", input.name, label: "Name")
        let kind: CommitteeKind? = check.choice("kind", input.kind, label: "Kind")
        if let name, try await Committee.query(on: db).filter(\.$councilID == actor.councilID).filter(\.$name == name).all().contains(where: { $0.id != id }) {
            check.add("name", "The council already has a committee of this name")
        }
        try check.orThrow()
        (councilID, self.name, self.kind) = (actor.councilID, name!, kind!)
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func formFields(for record: Committee?, input: CommitteeInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        [FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? record?.name ?? "",
                   hint: "As councillors' positions name it, for example Overview and Scrutiny Committee", required: true),
         FormField(name: "kind", label: "Kind", control: .select([.prompt("Choose a kind")] + CommitteeKind.choices),
                   value: input?.kind ?? record?.kind.rawValue ?? "", required: true)]
    }

    static func table(_ records: [Committee], on db: Database) async throws -> RecordTable {
        RecordTable(headers: ["Committee", "Kind"], rows: records.map { .init(id: $0.id!, cells: [$0.name, $0.kind.title], closed: $0.closedNote) })
    }
}

/// What a form sends to add or change a meeting.
struct MeetingInput: Content, VersionedInput {
    var committee: String?
    var startsAt: String?
    var place: String?
    var status: String?
    var version: Int?
}

extension Meeting: Audited, ManagedRecord {
    static let resource = Resource.meetings
    static let noun = "meeting"
    static let plural = "Meetings"
    static let closeAction = "Cancel this meeting"
    static let auditType = "meeting"
    static let guidance = "Meetings of committees: date, time, place and status. Open a meeting's public page to work on its agenda, attendance, minutes and resolutions."

    var auditTitle: String { "Meeting of \(UKTime.long(startsAt))" }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { status == .cancelled ? "Cancelled" : nil }

    static func createAccess(_ actor: Actor) -> Action { .runDecisions(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .runDecisions(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Meeting> {
        Meeting.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$startsAt, .descending)
    }

    func apply(_ input: MeetingInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let committee = check.requiredID("committee", input.committee, label: "Committee")
        let starts = UKTime.parseLocal(input.startsAt ?? "")
        if starts == nil { check.add("startsAt", "Enter the date and time of the meeting, like 2026-12-15 18:30") }
        let place = check.required("place", input.place, label: "Place")
        let status: MeetingStatus? = check.choice("status", input.status ?? MeetingStatus.scheduled.rawValue, label: "Status")
        if committee != nil, try await !db.exists(Committee.self, committee, council: actor.councilID, councilField: \.$councilID) {
            check.add("committee", "Choose a committee from the list")
        }
        try check.orThrow()
        (councilID, committeeID, startsAt, self.place, self.status) = (actor.councilID, committee!, starts!, place!, status!)
        if id == nil { minutes = "" }
    }

    func afterSave(_ input: MeetingInput, created: Bool, by signedIn: SignedIn, on db: Database) async throws {
        try await CabinetAgenda.placeReferredNotices(council: councilID, by: signedIn, on: db)
    }

    func close(on day: CalendarDate) { status = .cancelled }

    static func formFields(for record: Meeting?, input: MeetingInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let committees = try await Committee.visible(to: actor, on: db).filter(\.$closedOn == nil).all()
        return [
            FormField(name: "committee", label: "Committee", control: .select([.prompt("Choose a committee")] + committees.choices),
                      value: input?.committee ?? record?.committeeID.uuidString ?? "", required: true),
            FormField(name: "startsAt", label: "Date and time", control: .dateTime, value: input?.startsAt ?? record.map { UKTime.local($0.startsAt) } ?? "",
                      hint: "UK time", required: true),
            FormField(name: "place", label: "Place", control: .text(max: 200), value: input?.place ?? record?.place ?? "",
                      hint: "For example Council Chamber, Civic Centre, Wrenmoor", required: true),
            FormField(name: "status", label: "Status", control: .select(MeetingStatus.choices),
                      value: input?.status ?? record?.status.rawValue ?? MeetingStatus.scheduled.rawValue, required: true),
        ]
    }

    static func table(_ records: [Meeting], on db: Database) async throws -> RecordTable {
        let committees = try await names(of: Committee.self, ids: records.map(\.committeeID), on: db)
        return RecordTable(headers: ["Committee", "Date and time", "Place", "Status"], rows: records.map {
            .init(id: $0.id!, cells: [committees[$0.committeeID] ?? "—", UKTime.long($0.startsAt), $0.place, $0.status.title], closed: $0.closedNote)
        })
    }
}
