import BeaconDomain
import Fluent
import Plot
import Vapor

/// What a form or JSON body sends to add or change a partnership.
struct PartnershipInput: Content, VersionedInput {
    var name: String?
    var purpose: String?
    var jointCommitteeName: String?
    var councilIDs: [String]?
    var version: Int?
}

extension Partnership: Audited, ManagedRecord, RelatedLists {
    static let resource = Resource.partnerships
    static let noun = "partnership"
    static let plural = "Partnerships"
    static let closeAction = "Dissolve partnership"
    static let auditType = "partnership"
    static let guidance = "Councils that share a service, with the joint committee that oversees it and the functions each council delegates to that committee."

    var auditTitle: String { name }
    var auditCouncilID: UUID? { nil }
    var closedNote: String? { closedOn.map { "Dissolved on \($0.long)" } }

    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action {
        .managePartnership(partners: Set(try await $partners.get(on: db).map(\.councilID)))
    }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Partnership> {
        Partnership.query(on: db)
            .join(PartnershipCouncil.self, on: \PartnershipCouncil.$partnership.$id == \Partnership.$id)
            .filter(PartnershipCouncil.self, \.$councilID == actor.councilID)
            .sort(\.$name)
    }

    func apply(_ input: PartnershipInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let name = check.required("name", input.name, label: "Name")
        let purpose = check.required("purpose", input.purpose, label: "Purpose", max: 2000)
        let committee = check.required("jointCommitteeName", input.jointCommitteeName, label: "Joint committee's name")
        let councils = Set((input.councilIDs ?? []).compactMap { UUID(uuidString: $0) })
        if councils.count != (input.councilIDs ?? []).count {
            check.add("councilIDs", "Choose the partner councils from the list")
        } else if councils.count < 2 || !councils.contains(actor.councilID) {
            check.add("councilIDs", "Choose your own council and at least one other partner")
        } else if try await Council.query(on: db).filter(\.$id ~~ councils).count() != councils.count {
            check.add("councilIDs", "Choose the partner councils from the list")
        }
        try check.orThrow()
        self.name = name!
        self.purpose = purpose!
        jointCommitteeName = committee!
    }

    func afterSave(_ input: PartnershipInput, created: Bool, by signedIn: SignedIn, on db: Database) async throws {
        let id = try requireID()
        let wanted = Set((input.councilIDs ?? []).compactMap { UUID(uuidString: $0) })
        let existing = try await PartnershipCouncil.query(on: db).filter(\.$partnership.$id == id).all()
        for link in existing where !wanted.contains(link.councilID) { try await link.delete(on: db) }
        for council in wanted.subtracting(existing.map(\.councilID)) {
            try await PartnershipCouncil(partnershipID: id, councilID: council).create(on: db)
        }
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func formFields(for record: Partnership?, input: PartnershipInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let councils = try await Council.query(on: db).sort(\.$name).all()
        var chosen = [actor.councilID.uuidString]
        if let sent = input?.councilIDs {
            chosen = sent
        } else if let record {
            chosen = try await record.$partners.get(on: db).map(\.councilID.uuidString)
        }
        return [
            FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? record?.name ?? "", required: true),
            FormField(name: "purpose", label: "Purpose", control: .textarea(max: 2000), value: input?.purpose ?? record?.purpose ?? "",
                      hint: "The service the councils share and why", required: true),
            FormField(name: "jointCommitteeName", label: "Joint committee's name", control: .text(max: 200),
                      value: input?.jointCommitteeName ?? record?.jointCommitteeName ?? "", required: true),
            FormField(name: "councilIDs", label: "Partner councils", control: .checkboxes(councils.choices), values: chosen,
                      hint: "Your own council and at least one other", required: true),
        ]
    }

    static func table(_ records: [Partnership], on db: Database) async throws -> RecordTable {
        RecordTable(headers: ["Name", "Joint committee"], rows: records.map {
            .init(id: $0.id!, cells: [$0.name, $0.jointCommitteeName], closed: $0.closedNote)
        })
    }

    func relatedLists(on db: Database) async throws -> [Node<HTML.BodyContext>] {
        let id = try requireID()
        let delegations = try await Delegation.query(on: db).filter(\.$partnershipID == id).sort(\.$startsOn).all()
        let members = try await JointCommitteeMember.query(on: db).filter(\.$partnershipID == id).sort(\.$startsOn).all()
        let councillors = try await names(of: Councillor.self, ids: members.map(\.councillorID), on: db)
        let councils = try await names(of: Council.self, ids: delegations.map(\.councilID), on: db)
        return [
            .h2(.text("Members of the \(jointCommitteeName)")),
            .ul(.forEach(members) { member in
                .li(.a(.href(SiteURL.edit(.committeeMembers, .id(member.id!)).path),
                       .text("\(councillors[member.councillorID] ?? "A councillor"), \(member.seat)")),
                    .text(" – \(datedSpan(member.startsOn, member.endsOn))"))
            }),
            .p(.a(.href(SiteURL.new(.committeeMembers).path), .text("Add a member of the joint committee"))),
            .h2(.text("Functions delegated to the \(jointCommitteeName)")),
            .ul(.forEach(delegations) { delegation in
                .li(.a(.href(SiteURL.edit(.delegations, .id(delegation.id!)).path),
                       .text("\(councils[delegation.councilID] ?? "A council"): \(delegation.functions)")),
                    .text(" – \(datedSpan(delegation.startsOn, delegation.endsOn))"))
            }),
            .p(.a(.href(SiteURL.new(.delegations).path), .text("Record a delegation of functions"))),
        ]
    }
}
