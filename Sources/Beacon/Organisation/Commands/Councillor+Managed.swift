import BeaconDomain
import Fluent
import Plot
import Vapor

/// What a form or JSON body sends to add or change a councillor.
struct CouncillorInput: Content, VersionedInput {
    var name: String?
    var ward: String?
    var party: String?
    var email: String?
    var phone: String?
    var version: Int?
}

/// A councillor as the JSON API shows them, with every position they have held.
struct CouncillorSummary: Content {
    struct Held: Content {
        let id: UUID
        let title: String
        let kind: String
        let area: String?
        let body: String?
        let startsOn: String
        let endsOn: String?
    }

    let id: UUID
    let name: String
    let ward: String
    let party: String
    let email: String?
    let phone: String?
    let leftOn: String?
    let positions: [Held]
    let version: Int
}

extension Councillor: Audited, APIRecord, RelatedLists {
    static let resource = Resource.councillors
    static let noun = "councillor"
    static let plural = "Councillors"
    static let closeAction = "Record as left office"
    static let auditType = "councillor"
    static let guidance = "Elected members with their ward and party. Their positions are dated, so older documents still name who held a post at the time."
    static let apiDescription = "Elected members of the council, with their dated positions"

    var auditTitle: String { "Cllr \(name)" }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { leftOn.map { "Left office on \($0.long)" } }

    static func createAccess(_ actor: Actor) -> Action { .manageCouncillors(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .manageCouncillors(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Councillor> {
        Councillor.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$name)
    }

    func apply(_ input: CouncillorInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let name = check.required("name", input.name, label: "Name")
        let ward = check.required("ward", input.ward, label: "Ward")
        let party = check.required("party", input.party, label: "Party")
        let email = check.optional("email", input.email, label: "Email address", max: 254)
        let phone = check.optional("phone", input.phone, label: "Phone number", max: 40)
        if let email, !email.contains("@") { check.add("email", "Enter an email address like name@council.gov.uk") }
        try check.orThrow()
        councilID = actor.councilID
        self.name = name!
        self.ward = ward!
        self.party = party!
        self.email = email?.lowercased()
        self.phone = phone
    }

    func close(on day: CalendarDate) { leftOn = day }

    static func formFields(for record: Councillor?, input: CouncillorInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        [
            FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? record?.name ?? "",
                      hint: "Without the title Cllr", required: true, autocomplete: "off"),
            FormField(name: "ward", label: "Ward", control: .text(max: 200), value: input?.ward ?? record?.ward ?? "", required: true),
            FormField(name: "party", label: "Party", control: .text(max: 200), value: input?.party ?? record?.party ?? "", required: true),
            FormField(name: "email", label: "Email address", control: .email, value: input?.email ?? record?.email ?? "", autocomplete: "off"),
            FormField(name: "phone", label: "Phone number", control: .text(max: 40), value: input?.phone ?? record?.phone ?? "", autocomplete: "off"),
        ]
    }

    static func table(_ records: [Councillor], on db: Database) async throws -> RecordTable {
        RecordTable(headers: ["Name", "Ward", "Party"], rows: records.map {
            .init(id: $0.id!, cells: ["Cllr \($0.name)", $0.ward, $0.party], closed: $0.closedNote)
        })
    }

    static func summaries(_ records: [Councillor], on db: Database) async throws -> [CouncillorSummary] {
        let ids = records.compactMap(\.id)
        let positions = ids.isEmpty ? [] : try await Position.query(on: db).filter(\.$councillorID ~~ ids).sort(\.$startsOn).all()
        return records.map { councillor in
            CouncillorSummary(
                id: councillor.id!, name: councillor.name, ward: councillor.ward, party: councillor.party,
                email: councillor.email, phone: councillor.phone, leftOn: councillor.leftOn?.iso,
                positions: positions.filter { $0.councillorID == councillor.id }.map {
                    .init(id: $0.id!, title: $0.title, kind: $0.kind.rawValue, area: $0.area, body: $0.body, startsOn: $0.startsOn.iso, endsOn: $0.endsOn?.iso)
                },
                version: councillor.version)
        }
    }

    func relatedLists(on db: Database) async throws -> [Node<HTML.BodyContext>] {
        let positions = try await Position.query(on: db).filter(\.$councillorID == requireID()).sort(\.$startsOn, .descending).all()
        return [
            .h2(.text("Positions")),
            .if(positions.isEmpty, .p(.text("No positions recorded."))),
            .ul(.forEach(positions) { position in
                .li(.a(.href(SiteURL.edit(.positions, .id(position.id!)).path), .text(position.title)), .text(" – \(position.span)"))
            }),
            .p(.a(.href(SiteURL.new(.positions).path), .text("Add a position"))),
        ]
    }
}
