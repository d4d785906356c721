import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Every table of a store, for checking a copy: how many rows each holds, and each row as text.
enum StoreTables {
    /// A table and how many rows it holds.
    struct Count: Equatable, Sendable {
        let table: String
        let rows: Int
    }

    static func names(on sql: SQLDatabase) async throws -> [String] {
        let query: SQLQueryString = isSQLite(sql)
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : """
              SELECT table_name AS name FROM information_schema.tables
              WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
              """
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    static func counts(on sql: SQLDatabase) async throws -> [Count] {
        var counts: [Count] = []
        for table in try await names(on: sql) {
            let row = try await sql.raw("SELECT COUNT(*) AS rows FROM \(ident: table)").first()
            counts.append(Count(table: table, rows: try row?.decode(column: "rows", as: Int.self) ?? 0))
        }
        return counts
    }

    /// The table's rows, each as one text in the store's own quoting, sorted: two stores hold
    /// the same rows when these are equal.
    static func rows(of table: String, on sql: SQLDatabase) async throws -> [String] {
        let query: SQLQueryString
        if isSQLite(sql) {
            let columns = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table)) ORDER BY cid").all()
                .map { try $0.decode(column: "name", as: String.self) }
            // Names come from the schema, not from data; a quote in one is doubled all the same.
            let joined = columns.map { "quote(\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\")" }
                .joined(separator: " || '|' || ")
            query = "SELECT \(unsafeRaw: joined) AS r FROM \(ident: table) ORDER BY 1"
        } else {
            query = "SELECT t::text AS r FROM \(ident: table) t ORDER BY 1"
        }
        return try await sql.raw(query).all().map { try $0.decode(column: "r", as: String.self) }
    }

    /// A table's column, and whether it holds text (text or JSON) a person's details could be in.
    struct Column: Equatable, Sendable {
        let name: String
        let holdsText: Bool
    }

    /// The table's columns in their order.
    static func columns(of table: String, on sql: SQLDatabase) async throws -> [Column] {
        let query: SQLQueryString = isSQLite(sql)
            ? "SELECT name, UPPER(type) AS type FROM pragma_table_info(\(bind: table)) ORDER BY cid"
            : """
              SELECT column_name AS name, data_type AS type FROM information_schema.columns
              WHERE table_schema = 'public' AND table_name = \(bind: table) ORDER BY ordinal_position
              """
        let textTypes: Set<String> = ["TEXT", "JSON", "", "text", "character varying", "json", "jsonb"]
        return try await sql.raw(query).all().map { row in
            Column(name: try row.decode(column: "name", as: String.self),
                   holdsText: textTypes.contains(try row.decode(column: "type", as: String.self)))
        }
    }

    /// Whether SQLite finds the store sound; always true of PostgreSQL, which has no such check.
    static func soundness(on sql: SQLDatabase) async throws -> String {
        guard isSQLite(sql) else { return "ok" }
        let row = try await sql.raw("PRAGMA integrity_check").first()
        return try row?.decode(column: "integrity_check", as: String.self) ?? "no answer"
    }

    private static func isSQLite(_ sql: SQLDatabase) -> Bool { sql.dialect.name == "sqlite" }
}
