import Fluent
import Vapor

extension ContactSource {
    /// The number of the council's source of that name, numbering it if it is new.
    static func number(council: UUID, name: String, on db: Database) async throws -> Int {
        if let known = try await query(on: db).filter(\.$councilID == council).filter(\.$name == name).first()?.id { return known }
        let source = ContactSource()
        (source.councilID, source.name) = (council, name)
        do {
            try await source.create(on: db)
            return try source.requireID()
        } catch let error as any DatabaseError & Error where error.isConstraintFailure {
            // Another import numbered it first.
            guard let numbered = try await query(on: db).filter(\.$councilID == council).filter(\.$name == name).first() else { throw error }
            return try numbered.requireID()
        }
    }
}
