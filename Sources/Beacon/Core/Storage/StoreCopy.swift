import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// Whole copies of Beacon's store, taken while Beacon runs and restored into an empty store.
/// SQLite copies itself (`VACUUM INTO`: one consistent snapshot, written as a fresh, compact
/// file); PostgreSQL is copied by its own tools, `pg_dump` and `pg_restore`, which must be
/// installed (they come with PostgreSQL's client package).
enum StoreCopy {
    /// Copies the store into `file`, which must not exist yet.
    static func backup(_ db: Database, into file: String) async throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw CommandProblem("\(file) exists already: a backup goes into a new file.")
        }
        guard let sql = db as? SQLDatabase else { throw CommandProblem("The store is not an SQL database.") }
        if db is SQLiteDatabase {
            try await sql.raw("VACUUM INTO \(bind: file)").run()
        } else {
            let url = try await postgresURL(of: sql)
            try await run(["pg_dump", "--format=custom", "--no-owner", "--file", file, url], what: "pg_dump")
        }
    }

    /// Restores the backup in `file` into `target`: for an SQLite backup, a file that must not
    /// exist yet; for a PostgreSQL one, the URL of an empty database.
    static func restore(_ file: String, into target: String) async throws {
        let header = try FileHandle(forReadingFrom: URL(fileURLWithPath: file)).read(upToCount: 16) ?? Data()
        if header.starts(with: Data("SQLite format 3".utf8)) {
            guard !FileManager.default.fileExists(atPath: target) else {
                throw CommandProblem("\(target) exists already: a backup is restored into a new file.")
            }
            try FileManager.default.copyItem(atPath: file, toPath: target)
        } else if header.starts(with: Data("PGDMP".utf8)) {
            guard target.hasPrefix("postgres://") || target.hasPrefix("postgresql://") else {
                throw CommandProblem("A PostgreSQL backup is restored into a database: give its URL, postgres://…")
            }
            let arguments = ["--no-owner", "--exit-on-error", "--single-transaction", "--dbname", target, file]
            try await run(["pg_restore"] + arguments, what: "pg_restore")
        } else {
            throw CommandProblem("\(file) is not a Beacon backup: neither an SQLite file nor a pg_dump archive.")
        }
    }

    /// `DATABASE_URL` naming the database Beacon is connected to (the same one, but for the
    /// tests, whose databases are copies on the same server).
    private static func postgresURL(of sql: SQLDatabase) async throws -> String {
        guard let url = Environment.get("DATABASE_URL"), var parts = URLComponents(string: url) else {
            throw CommandProblem("DATABASE_URL is not set, so there is no PostgreSQL database to copy.")
        }
        let row = try await sql.raw("SELECT current_database() AS name").first()
        parts.path = "/" + (try row?.decode(column: "name", as: String.self) ?? "")
        return parts.string ?? url
    }

    private static func run(_ arguments: [String], what: String) async throws {
        _ = try await NIOThreadPool.singleton.runIfActive { try MeasuredRun.run(arguments).succeeded(what) }
    }
}
