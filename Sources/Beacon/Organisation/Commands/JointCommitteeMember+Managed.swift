import BeaconDomain
import Fluent
import Vapor

/// What a form or JSON body sends to seat a councillor on a joint committee.
struct JointCommitteeMemberInput: Content, VersionedInput {
    var partnershipID: String?
    var councillorID: String?
    var seat: String?
    var startsOn: String?
    var endsOn: String?
    var version: Int?
}

extension JointCommitteeMember: Audited, ManagedRecord {
    static let resource = Resource.committeeMembers
    static let noun = "joint committee member"
    static let plural = "Joint committee members"
    static let closeAction = "End this membership today"
    static let auditType = "joint committee member"
    static let guidance = "Your council's councillors who sit on a partnership's joint committee. Each partner appoints its own members."

    var auditTitle: String { seat }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { endedNote(endsOn) }

    static func createAccess(_ actor: Actor) -> Action { .manageCouncillors(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .manageCouncillors(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<JointCommitteeMember> {
        JointCommitteeMember.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$startsOn, .descending)
    }

    func apply(_ input: JointCommitteeMemberInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let partnership = try await checkPartnership(&check, input.partnershipID, actor: actor, on: db)
        let councillor = check.requiredID("councillorID", input.councillorID, label: "Councillor")
        let seat = check.required("seat", input.seat, label: "Seat", max: 100)
        let span = check.span(input.startsOn, input.endsOn)
        if councillor != nil, try await !db.exists(Councillor.self, councillor, council: actor.councilID, councilField: \.$councilID) {
            check.add("councillorID", "Choose one of your council's councillors")
        }
        try check.orThrow()
        councilID = actor.councilID
        partnershipID = partnership!
        councillorID = councillor!
        self.seat = seat!
        startsOn = span!.starts
        endsOn = span!.ends
    }

    func close(on day: CalendarDate) { endsOn = day }

    static func formFields(for record: JointCommitteeMember?, input: JointCommitteeMemberInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let partnerships = try await Partnership.visible(to: actor, on: db).all()
        let councillors = try await Councillor.visible(to: actor, on: db).all()
        return [
            FormField(name: "partnershipID", label: "Partnership", control: .select([.prompt("Choose a partnership")] + partnerships.choices),
                      value: input?.partnershipID ?? record?.partnershipID.uuidString ?? "", required: true),
            FormField(name: "councillorID", label: "Councillor", control: .select([.prompt("Choose a councillor")] + councillors.choices),
                      value: input?.councillorID ?? record?.councillorID.uuidString ?? "", required: true),
            FormField(name: "seat", label: "Seat", control: .text(max: 100), value: input?.seat ?? record?.seat ?? "Member",
                      hint: "Chair, Vice-chair or Member", required: true),
            FormField(name: "startsOn", label: "Start date", control: .date, value: input?.startsOn ?? record?.startsOn.iso ?? "", required: true),
            FormField(name: "endsOn", label: "End date", control: .date, value: input?.endsOn ?? record?.endsOn?.iso ?? "",
                      hint: "Leave empty while the seat is held"),
        ]
    }

    static func table(_ records: [JointCommitteeMember], on db: Database) async throws -> RecordTable {
        let councillors = try await names(of: Councillor.self, ids: records.map(\.councillorID), on: db)
        let partnerships = try await names(of: Partnership.self, ids: records.map(\.partnershipID), on: db)
        return RecordTable(headers: ["Councillor", "Seat", "Partnership", "Dates"], rows: records.map {
            .init(id: $0.id!, cells: [councillors[$0.councillorID] ?? "—", $0.seat, partnerships[$0.partnershipID] ?? "—",
                                      datedSpan($0.startsOn, $0.endsOn)], closed: $0.closedNote)
        })
    }
}
