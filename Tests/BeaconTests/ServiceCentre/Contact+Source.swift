import Fluent
@testable import Beacon

extension Contact {
    /// The contacts from sources of that name, whichever council's.
    static func from(_ source: String, on db: Database) async throws -> QueryBuilder<Contact> {
        let numbers = try await ContactSource.query(on: db).filter(\.$name == source).all().compactMap(\.id)
        return Contact.query(on: db).filter(\.$sourceNumber ~~ numbers)
    }
}
