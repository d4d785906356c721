import Fluent
import SQLKit

/// A council as a list of councils shows it: its name and short name, read on their own rather
/// than with the council's many settings, so the home page costs little however many councils
/// a deployment holds.
struct CouncilLink: Sendable, Equatable {
    let name: String
    let slug: String

    /// The councils still open, by name.
    static func open(on db: Database) async throws -> [CouncilLink] {
        guard let sql = db as? SQLDatabase else { return [] }
        return try await sql.select().column("name").column("slug").from(Council.schema)
            .where("closed_on", .is, SQLLiteral.null).orderBy("name").all()
            .map { row in CouncilLink(name: try row.decode(column: "name", as: String.self),
                                      slug: try row.decode(column: "slug", as: String.self)) }
    }
}
