import BeaconDomain
import Fluent
import Vapor

/// A table of records as a list page shows it: the first cell links to the record.
struct RecordTable: Sendable {
    struct Row: Sendable {
        let id: UUID
        let cells: [String]
        let closed: String?
    }

    let headers: [String]
    let rows: [Row]
}

/// A kind of record that the administration pages list, create, change and close, through
/// `RecordWrite` (validated, in a transaction, audited).
protocol ManagedRecord: Audited {
    associatedtype Input: Content & VersionedInput

    static var resource: Resource { get }
    /// The record's kind in a sentence: "unit", "councillor's position".
    static var noun: String { get }
    /// The list page's heading: "Units".
    static var plural: String { get }
    /// The words on the close button: "Close unit", "Record as left".
    static var closeAction: String { get }
    /// What the list page says the records are for.
    static var guidance: String { get }

    static func listAccess(_ actor: Actor) -> Action
    static func createAccess(_ actor: Actor) -> Action
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action

    /// The records an actor's council may see, in list order.
    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Self>

    var version: Int { get set }
    /// "Closed on 1 April 2024", when it is closed.
    var closedNote: String? { get }

    /// Validates the input (throwing `ValidationFailed` with every problem) and sets fields.
    func apply(_ input: Input, actor: Actor, on db: Database) async throws
    /// Runs in the same transaction after the record is saved (e.g. a unit's name history).
    func afterSave(_ input: Input, created: Bool, by signedIn: SignedIn, on db: Database) async throws
    func close(on day: CalendarDate)

    static func formFields(for record: Self?, input: Input?, actor: Actor, on db: Database) async throws -> [FormField]
    static func table(_ records: [Self], on db: Database) async throws -> RecordTable
}

extension ManagedRecord {
    func afterSave(_ input: Input, created: Bool, by signedIn: SignedIn, on db: Database) async throws {}
    static func listAccess(_ actor: Actor) -> Action { .readDirectory }
    static func createAccess(_ actor: Actor) -> Action { .administer(council: actor.councilID) }
    static var guidance: String { "" }

    /// Finds a record the actor's council may see; 404 otherwise, so ids of other councils'
    /// records reveal nothing.
    static func findVisible(_ id: UUID?, actor: Actor, on db: Database) async throws -> Self {
        guard let id, let record = try await visible(to: actor, on: db).filter(\._$id == id).first() else {
            throw Abort(.notFound, reason: "There is no \(noun) with that id.")
        }
        return record
    }
}

/// A managed record that the JSON API also serves.
protocol APIRecord: ManagedRecord {
    associatedtype Summary: Content
    static var apiDescription: String { get }
    static func summaries(_ records: [Self], on db: Database) async throws -> [Summary]
}

extension Database {
    /// Whether a record of a council exists, for checking ids sent in forms and JSON.
    func exists<M: Model>(_ type: M.Type, _ id: UUID?, council: UUID, councilField: KeyPath<M, FieldProperty<M, UUID>>) async throws -> Bool
    where M.IDValue == UUID {
        guard let id else { return false }
        return try await M.query(on: self).filter(\._$id == id).filter(councilField == council).count() > 0
    }
}
