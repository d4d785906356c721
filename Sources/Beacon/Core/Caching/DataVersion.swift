import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// How many times each council's data has changed and when it last did: what its public pages'
/// ETag and Last-Modified are made from, so a page can be validated with one small read instead
/// of being drawn again. `AuditTrail.record` counts a change in the transaction of every
/// command, so a council's count moves with every write its public pages can show.
enum DataVersion {
    static let table = "data_versions"

    /// What a public page's validators are made from.
    struct Stamp: Equatable, Sendable {
        /// Changes counted so far (for the home page: over every council, with the number of councils).
        let version: String
        /// When the data last changed, if it has changed since Beacon began counting.
        let changedAt: Date?
    }

    /// `bump` as one statement for `SQLiteFile`, binding the council and the time: for writers
    /// that go around Fluent.
    static let bumpSQL = """
        INSERT INTO \(table) (council_id, version, changed_at) VALUES (?, 1, ?)
        ON CONFLICT (council_id) DO UPDATE SET version = \(table).version + 1, changed_at = excluded.changed_at
        """

    /// Counts one more change to the council's data; call it in the transaction of the change.
    static func bump(council: UUID, on db: Database) async throws {
        guard let sql = db as? SQLDatabase else { return }
        try await sql.insert(into: table)
            .columns("council_id", "version", "changed_at")
            .values(SQLBind(council), SQLLiteral.numeric("1"), SQLBind(BeaconClock.current.now()))
            .onConflict(with: ["council_id"]) { conflict in
                conflict.set("version", to: SQLRaw("\(table).version + 1")).set(excludedValueOf: "changed_at")
            }
            .run()
    }

    /// The council's count of changes, 0 before its first.
    static func version(council: UUID, on sql: SQLDatabase) async throws -> Int {
        let row = try await sql.select().column("version").from(table).where("council_id", .equal, council).first()
        return try row?.decode(column: "version", as: Int.self) ?? 0
    }

    /// The stamp of the council with this short name, or nil when there is no such council.
    static func stamp(slug: String, on db: Database) async throws -> Stamp? {
        guard let sql = db as? SQLDatabase else { return nil }
        let query: SQLQueryString = """
            SELECT c.id AS council, v.version AS version, v.changed_at AS changed_at FROM councils c
            LEFT JOIN \(ident: table) v ON v.council_id = c.id WHERE c.slug = \(bind: slug)
            """
        guard let row = try await sql.raw(query).first() else { return nil }
        let version = try row.decodeNil(column: "version") ? 0 : row.decode(column: "version", as: Int.self)
        let changed = try row.decodeNil(column: "changed_at") ? nil : row.decode(column: "changed_at", as: Date.self)
        return Stamp(version: String(version), changedAt: changed)
    }

    /// The stamp of the list of councils: every council's changes, and how many councils there are.
    static func stampOfAll(on db: Database) async throws -> Stamp? {
        guard let sql = db as? SQLDatabase else { return nil }
        let query: SQLQueryString = """
            SELECT (SELECT COUNT(*) FROM councils) AS councils,
            CAST(COALESCE(SUM(version), 0) AS BIGINT) AS version,
            MAX(changed_at) AS changed_at FROM \(ident: table)
            """
        guard let row = try await sql.raw(query).first() else { return nil }
        let councils = try row.decode(column: "councils", as: Int.self)
        let version = try row.decode(column: "version", as: Int.self)
        let changed = try row.decodeNil(column: "changed_at") ? nil : row.decode(column: "changed_at", as: Date.self)
        return Stamp(version: "\(councils).\(version)", changedAt: changed)
    }
}

/// The table of councils' data versions.
struct CreateDataVersions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(DataVersion.table)
            .field("council_id", .uuid, .identifier(auto: false), .references("councils", "id"))
            .field("version", .int64, .required)
            .field("changed_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(DataVersion.table).delete()
    }
}
