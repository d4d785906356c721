import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// `beacon backup FILE`: a whole copy of the store, taken while Beacon runs.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The new file to copy the store into")
        var file: String
        init() {}
    }

    let help = "Copy the whole store into a new file while Beacon runs (SQLite: VACUUM INTO; PostgreSQL: pg_dump)."

    func run(using context: CommandContext, signature: Signature) async throws {
        try await StoreCopy.backup(context.application.db, into: signature.file)
        guard context.application.db is SQLiteDatabase else {
            return context.console.print("pg_dump wrote \(signature.file).")
        }
        let copy = try StoreCopy.open(signature.file, in: context.application)
        try await StoreCopy.report(on: copy, what: "Backed up into \(signature.file)", console: context.console)
    }
}

/// `beacon restore FILE --into TARGET`: a backup restored into an empty store, then checked.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A backup made by `beacon backup`")
        var file: String
        @Option(name: "into", help: "A new SQLite file, or the URL of an empty PostgreSQL database")
        var into: String?
        init() {}
    }

    let help = "Restore a backup into an empty store and check what was restored."

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let target = signature.into, !target.isEmpty else {
            throw CommandProblem("Say where to restore with --into: a new SQLite file, "
                                 + "or an empty PostgreSQL database's URL.")
        }
        if StoreCopy.isPostgres(target) {
            let empty = try StoreCopy.open(target, in: context.application)
            guard let sql = empty as? SQLDatabase, try await StoreTables.names(on: sql).isEmpty else {
                throw CommandProblem("The database at --into has tables already: restore into an empty one.")
            }
        }
        try await StoreCopy.restore(signature.file, into: target)
        let restored = try StoreCopy.open(target, in: context.application)
        try await StoreCopy.report(on: restored, what: "Restored into \(target)", console: context.console)
    }
}

extension StoreCopy {
    static func isPostgres(_ target: String) -> Bool {
        target.hasPrefix("postgres://") || target.hasPrefix("postgresql://")
    }

    /// The store at `target` (an SQLite file or a PostgreSQL URL) as a database of the app.
    static func open(_ target: String, in app: Application) throws -> Database {
        let id = DatabaseID(string: "copy-\(UUID().uuidString)")
        let configuration: DatabaseConfigurationFactory = isPostgres(target)
            ? try .postgres(url: target) : .sqlite(.file(target))
        app.databases.use(configuration, as: id, isDefault: false)
        return app.db(id)
    }

    /// Prints each table's rows, and refuses a store SQLite does not find sound.
    static func report(on db: Database, what: String, console: Console) async throws {
        guard let sql = db as? SQLDatabase else { throw CommandProblem("The copy is not an SQL database.") }
        let soundness = try await StoreTables.soundness(on: sql)
        guard soundness == "ok" else { throw CommandProblem("\(what), but the copy is not sound: \(soundness)") }
        let counts = try await StoreTables.counts(on: sql)
        console.print("\(what): \(counts.count) tables, \(counts.map(\.rows).reduce(0, +)) rows; checked sound.")
        for count in counts { console.print("  \(count.table): \(count.rows)") }
    }
}
