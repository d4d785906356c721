import BeaconDomain
import Fluent
import Vapor

/// What a form sends to add or change a user. The password is needed to add a user and
/// optional when changing one.
struct UserInput: Content, VersionedInput {
    var name: String?
    var email: String?
    var role: String?
    var unitID: String?
    var councillorID: String?
    var password: String?
    var version: Int?
}

extension User: Audited, ManagedRecord {
    static let resource = Resource.users
    static let noun = "user"
    static let plural = "Users"
    static let closeAction = "Close account"
    static let auditType = "user"
    static let guidance = "Who can sign in, and with which role. Officers and heads of unit act for a unit; a head also for the units below it."

    var auditTitle: String { email }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { closedOn.map { "Account closed on \($0.long)" } }

    static func listAccess(_ actor: Actor) -> Action { .administer(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .administer(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<User> {
        User.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$name)
    }

    func apply(_ input: UserInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let name = check.required("name", input.name, label: "Name")
        let email = check.required("email", input.email?.lowercased(), label: "Email address", max: 254)
        let role: Role? = check.choice("role", input.role, label: "Role")
        let unit = check.optionalID("unitID", input.unitID, label: "Unit")
        let councillor = check.optionalID("councillorID", input.councillorID, label: "Councillor")
        if let email, !email.contains("@") {
            check.add("email", "Enter an email address like name@council.gov.uk")
        } else if let email, try await User.query(on: db).filter(\.$email == email).all().contains(where: { $0.id != id }) {
            check.add("email", "Another user already has this email address")
        }
        if role?.isUnitScoped == true, unit == nil { check.add("unitID", "Choose the unit this officer acts for") }
        if unit != nil, try await !db.exists(Unit.self, unit, council: actor.councilID, councilField: \.$councilID) {
            check.add("unitID", "Choose a unit from the list")
        }
        if councillor != nil, try await !db.exists(Councillor.self, councillor, council: actor.councilID, councilField: \.$councilID) {
            check.add("councillorID", "Choose a councillor from the list")
        }
        if id == nil || !(input.password ?? "").isEmpty { PasswordRule.check("password", input.password, &check) }
        try check.orThrow()
        councilID = actor.councilID
        self.name = name!
        self.email = email!
        self.role = role!
        unitID = role!.isUnitScoped ? unit : nil
        councillorID = role == .councillor ? councillor : nil
        if let password = input.password, !password.isEmpty { passwordHash = try await PasswordHash.make(password) }
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func formFields(for record: User?, input: UserInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let units = try await Unit.visible(to: actor, on: db).all()
        let councillors = try await Councillor.visible(to: actor, on: db).all()
        return [
            FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? record?.name ?? "", required: true, autocomplete: "off"),
            FormField(name: "email", label: "Email address", control: .email, value: input?.email ?? record?.email ?? "",
                      hint: "They sign in with this", required: true, autocomplete: "off"),
            FormField(name: "role", label: "Role", control: .select([.prompt("Choose a role")] + Role.choices),
                      value: input?.role ?? record?.role.rawValue ?? "", required: true),
            FormField(name: "unitID", label: "Unit", control: .select([.none] + units.choices),
                      value: input?.unitID ?? record?.unitID?.uuidString ?? "", hint: "Needed for officers and heads of unit"),
            FormField(name: "councillorID", label: "Councillor", control: .select([.none] + councillors.choices),
                      value: input?.councillorID ?? record?.councillorID?.uuidString ?? "", hint: "For councillors: which member this is"),
            FormField(name: "password", label: record == nil ? "Password" : "New password", control: .password,
                      hint: record == nil ? PasswordRule.hint : "Leave empty to keep the current password. " + PasswordRule.hint,
                      required: record == nil, autocomplete: "new-password"),
        ]
    }

    static func table(_ records: [User], on db: Database) async throws -> RecordTable {
        let units = try await names(of: Unit.self, ids: records.compactMap(\.unitID), on: db)
        return RecordTable(headers: ["Name", "Email", "Role", "Unit"], rows: records.map {
            .init(id: $0.id!, cells: [$0.name, $0.email, $0.role.title, $0.unitID.flatMap { units[$0] } ?? "—"], closed: $0.closedNote)
        })
    }
}

extension APIKey: Audited {
    static let auditType = "API key"
    var auditTitle: String { "\(name) (bk_\(prefix)_…)" }
    var auditCouncilID: UUID? { councilID }
}
