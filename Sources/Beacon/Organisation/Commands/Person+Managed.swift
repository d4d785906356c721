import BeaconDomain
import Fluent
import Vapor

/// What a form or JSON body sends to add or change a person.
struct PersonInput: Content, VersionedInput {
    var name: String?
    var jobTitle: String?
    var unitID: String?
    var email: String?
    var phone: String?
    var version: Int?
}

/// A person as the JSON API shows them.
struct PersonSummary: Content {
    let id: UUID
    let name: String
    let jobTitle: String
    let unitID: UUID
    let email: String?
    let phone: String?
    let leftOn: String?
    let version: Int
}

extension Person: Audited, APIRecord {
    static let resource = Resource.people
    static let noun = "person"
    static let plural = "People"
    static let closeAction = "Record as left the council"
    static let auditType = "person"
    static let guidance = "Officers of the council, with the job titles that documents name them by. An officer may update the people in their own unit; a head of unit, the people in their unit and the units below it."
    static let apiDescription = "Officers of the council"

    var auditTitle: String { name }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { leftOn.map { "Left the council on \($0.long)" } }

    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action {
        .editPerson(council: councilID, unit: unitID)
    }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Person> {
        Person.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$name)
    }

    func apply(_ input: PersonInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let name = check.required("name", input.name, label: "Name")
        let jobTitle = check.required("jobTitle", input.jobTitle, label: "Job title")
        let unit = check.requiredID("unitID", input.unitID, label: "Unit")
        let email = check.optional("email", input.email, label: "Email address", max: 254)
        let phone = check.optional("phone", input.phone, label: "Phone number", max: 40)
        if let email, !email.contains("@") { check.add("email", "Enter an email address like name@council.gov.uk") }
        if unit != nil, try await !db.exists(Unit.self, unit, council: actor.councilID, councilField: \.$councilID) {
            check.add("unitID", "Choose a unit from the list")
        } else if let unit, AccessPolicy.decide(actor, .editPerson(council: actor.councilID, unit: unit)) != .allowed {
            check.add("unitID", "Choose a unit you look after")
        }
        try check.orThrow()
        councilID = actor.councilID
        self.name = name!
        self.jobTitle = jobTitle!
        unitID = unit!
        self.email = email?.lowercased()
        self.phone = phone
    }

    func close(on day: CalendarDate) { leftOn = day }

    static func formFields(for record: Person?, input: PersonInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let units = try await Unit.visible(to: actor, on: db).all().filter {
            guard let id = $0.id else { return false }
            return AccessPolicy.decide(actor, .editPerson(council: actor.councilID, unit: id)) == .allowed
        }
        return [
            FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? record?.name ?? "",
                      required: true, autocomplete: "off"),
            FormField(name: "jobTitle", label: "Job title", control: .text(max: 200), value: input?.jobTitle ?? record?.jobTitle ?? "",
                      hint: "As it should appear in documents, for example Head of Policy", required: true),
            FormField(name: "unitID", label: "Unit", control: .select([.prompt("Choose a unit")] + units.choices),
                      value: input?.unitID ?? record?.unitID.uuidString ?? "", required: true),
            FormField(name: "email", label: "Email address", control: .email, value: input?.email ?? record?.email ?? "", autocomplete: "off"),
            FormField(name: "phone", label: "Phone number", control: .text(max: 40), value: input?.phone ?? record?.phone ?? "", autocomplete: "off"),
        ]
    }

    static func table(_ records: [Person], on db: Database) async throws -> RecordTable {
        let units = try await names(of: Unit.self, ids: records.map(\.unitID), on: db)
        return RecordTable(headers: ["Name", "Job title", "Unit", "Email"], rows: records.map { person in
            .init(id: person.id!, cells: [person.name, person.jobTitle, units[person.unitID] ?? "—", person.email ?? "—"],
                  closed: person.closedNote)
        })
    }

    static func summaries(_ records: [Person], on db: Database) async throws -> [PersonSummary] {
        records.map {
            PersonSummary(id: $0.id!, name: $0.name, jobTitle: $0.jobTitle, unitID: $0.unitID, email: $0.email,
                          phone: $0.phone, leftOn: $0.leftOn?.iso, version: $0.version)
        }
    }
}
