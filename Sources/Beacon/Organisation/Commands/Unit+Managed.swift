import BeaconDomain
import Fluent
import Vapor

/// What a form or JSON body sends to add or change a unit.
struct UnitInput: Content, VersionedInput {
    var name: String?
    var kind: String?
    var parentID: String?
    var headPersonID: String?
    var version: Int?
}

/// A unit as the JSON API shows it.
struct UnitSummary: Content {
    let id: UUID
    let name: String
    let kind: String
    let parentID: UUID?
    let headPersonID: UUID?
    let closedOn: String?
    let formerNames: [String]
    let version: Int
}

extension Unit: Audited, APIRecord {
    static let resource = Resource.units
    static let noun = "unit"
    static let plural = "Units"
    static let closeAction = "Close unit"
    static let auditType = "unit"
    static let guidance = "The council's structure: directorates, departments, divisions, services and teams. Renaming or closing a unit keeps its history."
    static let apiDescription = "Organisational units of the council"

    var auditTitle: String { name }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { closedOn.map { "Closed on \($0.long)" } }

    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .administer(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Unit> {
        Unit.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$name)
    }

    func apply(_ input: UnitInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let name = check.required("name", input.name, label: "Name")
        let kind: UnitKind? = check.choice("kind", input.kind, label: "Kind of unit")
        let parent = check.optionalID("parentID", input.parentID, label: "Parent unit")
        let head = check.optionalID("headPersonID", input.headPersonID, label: "Head of unit")
        if parent != nil, try await !db.exists(Unit.self, parent, council: actor.councilID, councilField: \.$councilID) {
            check.add("parentID", "Choose a parent unit from the list")
        } else if let id, let parent, try await !UnitTree.of(council: actor.councilID, on: db).mayMove(id, under: parent) {
            check.add("parentID", "A unit cannot sit below itself or one of its own units")
        }
        if head != nil, try await !db.exists(Person.self, head, council: actor.councilID, councilField: \.$councilID) {
            check.add("headPersonID", "Choose the head of unit from the list of people")
        }
        try check.orThrow()
        councilID = actor.councilID
        self.name = name!
        self.kind = kind!
        parentID = parent
        headPersonID = head
    }

    /// Keeps the name history: a new name starts today and the old one ends yesterday.
    func afterSave(_ input: UnitInput, created: Bool, by signedIn: SignedIn, on db: Database) async throws {
        let id = try requireID()
        let current = try await UnitName.query(on: db).filter(\.$unitID == id).filter(\.$untilOn == nil).first()
        guard current?.name != name else { return }
        let today = BeaconClock.current.today
        if let current {
            current.untilOn = today
            try await current.update(on: db)
        }
        try await UnitName(councilID: councilID, unitID: id, name: name, from: today).create(on: db)
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func formFields(for record: Unit?, input: UnitInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let units = try await Unit.visible(to: actor, on: db).all().filter { $0.id != record?.id }
        let people = try await Person.visible(to: actor, on: db).all()
        return [
            FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? record?.name ?? "", required: true),
            FormField(name: "kind", label: "Kind of unit", control: .select([.prompt("Choose a kind of unit")] + UnitKind.choices),
                      value: input?.kind ?? record?.kind.rawValue ?? "", required: true),
            FormField(name: "parentID", label: "Part of", control: .select([.none] + units.choices),
                      value: input?.parentID ?? record?.parentID?.uuidString ?? ""),
            FormField(name: "headPersonID", label: "Head of unit", control: .select([.none] + people.choices),
                      value: input?.headPersonID ?? record?.headPersonID?.uuidString ?? ""),
        ]
    }

    static func table(_ records: [Unit], on db: Database) async throws -> RecordTable {
        let parents = try await names(of: Unit.self, ids: records.compactMap(\.parentID), on: db)
        return RecordTable(headers: ["Name", "Kind", "Part of"], rows: records.map { unit in
            .init(id: unit.id!, cells: [unit.name, unit.kind.title, unit.parentID.flatMap { parents[$0] } ?? "—"], closed: unit.closedNote)
        })
    }

    static func summaries(_ records: [Unit], on db: Database) async throws -> [UnitSummary] {
        let ids = records.compactMap(\.id)
        let history = ids.isEmpty ? [] : try await UnitName.query(on: db).filter(\.$unitID ~~ ids).filter(\.$untilOn != nil).all()
        return records.map { unit in
            UnitSummary(id: unit.id!, name: unit.name, kind: unit.kind.rawValue, parentID: unit.parentID, headPersonID: unit.headPersonID,
                        closedOn: unit.closedOn?.iso, formerNames: history.filter { $0.unitID == unit.id }.map(\.name), version: unit.version)
        }
    }
}

extension UnitTree {
    /// The tree of one council's units.
    static func of(council: UUID, on db: Database) async throws -> UnitTree {
        let units = try await Unit.query(on: db).filter(\.$councilID == council).all()
        return UnitTree(parents: Dictionary(uniqueKeysWithValues: units.compactMap { unit in unit.id.map { ($0, unit.parentID) } }))
    }
}
