import BeaconDomain
import Fluent
import Vapor

/// What a form or JSON body sends to record a delegation of functions.
struct DelegationInput: Content, VersionedInput {
    var partnershipID: String?
    var functions: String?
    var principles: String?
    var decisionReference: String?
    var startsOn: String?
    var endsOn: String?
    var version: Int?
}

/// Checks that a partnership id names one the actor's council belongs to.
func checkPartnership(_ check: inout FormCheck, _ text: String?, actor: Actor, on db: Database) async throws -> UUID? {
    let id = check.requiredID("partnershipID", text, label: "Partnership")
    guard let id else { return nil }
    let isPartner = try await PartnershipCouncil.query(on: db)
        .filter(\.$partnership.$id == id).filter(\.$councilID == actor.councilID).count() > 0
    if !isPartner { check.add("partnershipID", "Choose one of your council's partnerships") }
    return id
}

extension Delegation: Audited, ManagedRecord {
    static let resource = Resource.delegations
    static let noun = "delegation"
    static let plural = "Delegations to joint committees"
    static let closeAction = "End this delegation today"
    static let auditType = "delegation"
    static let guidance = "Functions your council has delegated to a partnership's joint committee, the principles that bound them, the decision that made them and when they apply."

    var auditTitle: String { functions }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { endedNote(endsOn) }

    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .administer(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Delegation> {
        Delegation.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$startsOn, .descending)
    }

    func apply(_ input: DelegationInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let partnership = try await checkPartnership(&check, input.partnershipID, actor: actor, on: db)
        let functions = check.required("functions", input.functions, label: "Functions", max: 2000)
        let principles = check.required("principles", input.principles, label: "Principles", max: 4000)
        let decision = check.required("decisionReference", input.decisionReference, label: "Decision that made it")
        let span = check.span(input.startsOn, input.endsOn)
        try check.orThrow()
        councilID = actor.councilID
        partnershipID = partnership!
        self.functions = functions!
        self.principles = principles!
        decisionReference = decision!
        startsOn = span!.starts
        endsOn = span!.ends
    }

    func close(on day: CalendarDate) { endsOn = day }

    static func formFields(for record: Delegation?, input: DelegationInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let partnerships = try await Partnership.visible(to: actor, on: db).all()
        return [
            FormField(name: "partnershipID", label: "Partnership", control: .select([.prompt("Choose a partnership")] + partnerships.choices),
                      value: input?.partnershipID ?? record?.partnershipID.uuidString ?? "", required: true),
            FormField(name: "functions", label: "Functions", control: .textarea(max: 2000), value: input?.functions ?? record?.functions ?? "",
                      hint: "What the joint committee may now decide, for example the running of the shared contact centre", required: true),
            FormField(name: "principles", label: "Principles", control: .textarea(max: 4000), value: input?.principles ?? record?.principles ?? "",
                      hint: "The limits the joint committee must work within", required: true),
            FormField(name: "decisionReference", label: "Decision that made it", control: .text(max: 200),
                      value: input?.decisionReference ?? record?.decisionReference ?? "",
                      hint: "For example Cabinet, 14 March 2024, minute 87", required: true),
            FormField(name: "startsOn", label: "Start date", control: .date, value: input?.startsOn ?? record?.startsOn.iso ?? "", required: true),
            FormField(name: "endsOn", label: "End date", control: .date, value: input?.endsOn ?? record?.endsOn?.iso ?? "",
                      hint: "Leave empty if it has no end date"),
        ]
    }

    static func table(_ records: [Delegation], on db: Database) async throws -> RecordTable {
        let partnerships = try await names(of: Partnership.self, ids: records.map(\.partnershipID), on: db)
        return RecordTable(headers: ["Functions", "Partnership", "Dates"], rows: records.map {
            .init(id: $0.id!, cells: [$0.functions, partnerships[$0.partnershipID] ?? "—", datedSpan($0.startsOn, $0.endsOn)], closed: $0.closedNote)
        })
    }
}
