@testable import Beacon
import FluentPostgresDriver
import Foundation
import SQLKit
import Vapor

/// Each test's own database, copied from a template that holds the migrations and the demo data,
/// made once per test process at the tests' fixed instant. On SQLite the template is a file and
/// a copy is a copy of the file; on PostgreSQL (`DATABASE_URL`) it is a database, and a copy is
/// `CREATE DATABASE … TEMPLATE`. Loading the demo took about 4.5 s of each test's 5 s before.
struct TestDatabase: Sendable {
    private enum Store: Sendable {
        case sqlite(path: String)
        case postgres(name: String)
    }

    private let store: Store
    private static let counter = Counter()

    /// A new copy of the template, made first if this process has not made it yet.
    static func copy() async throws -> TestDatabase {
        let template = try await TemplateMaker.shared.template()
        let number = await counter.next()
        switch template {
        case .sqlite(let path):
            let copy = Self.scratch("test-\(number)")
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            return TestDatabase(store: .sqlite(path: copy))
        case .postgres(let name):
            return TestDatabase(store: .postgres(name: try await PostgresCopies.shared.take(of: name)))
        }
    }

    /// Makes this copy the application's database.
    func use(in app: Application) throws {
        switch store {
        case .sqlite(let path): try useSQLiteFile(app, path: path)
        case .postgres(let name): try app.databases.use(.postgres(url: PostgresServer.url(of: name)), as: .psql)
        }
    }

    /// Removes the copy, once the application using it has shut down.
    func remove() async {
        switch store {
        case .sqlite(let path):
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        case .postgres(let name):
            try? await PostgresServer.run("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
        }
    }

    /// A file in the temporary folder, named for this process so parallel test processes never share one.
    fileprivate static func scratch(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("beacon-\(getpid())-\(name).sqlite").path
    }

    /// Removes the files of test runs that have ended (their process is gone), which a run cannot
    /// remove itself: XCTest gives no hook after the last test.
    fileprivate static func removeLeftovers() {
        let folder = FileManager.default.temporaryDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix("beacon-") && name.contains(".sqlite") {
            guard let pid = Int32(name.dropFirst("beacon-".count).prefix { $0.isNumber }), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    fileprivate enum Template: Sendable {
        case sqlite(path: String)
        case postgres(name: String)
    }

    private actor Counter {
        private var last = 0
        func next() -> Int { last += 1; return last }
    }

    /// Makes the template once, however many tests ask for it at once.
    fileprivate actor TemplateMaker {
        static let shared = TemplateMaker()
        private var making: Task<Template, Error>?

        func template() async throws -> Template {
            if let making { return try await making.value }
            let task = Task { try await Self.make() }
            making = task
            return try await task.value
        }

        private static func make() async throws -> Template {
            let app = try await Application.make(.testing)
            app.logger.logLevel = .warning
            let template: Template
            if PostgresServer.url != nil {
                try await PostgresCopies.dropLeftovers()
                let name = "\(PostgresServer.baseName)_template"
                try await PostgresServer.run("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
                try await PostgresServer.run("CREATE DATABASE \"\(name)\"")
                try app.databases.use(.postgres(url: PostgresServer.url(of: name)), as: .psql)
                template = .postgres(name: name)
            } else {
                TestDatabase.removeLeftovers()
                let path = TestDatabase.scratch("template")
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                try useSQLiteFile(app, path: path)
                template = .sqlite(path: path)
            }
            do {
                try await configureOnChosenDatabase(app)
                // Everything into the file itself, so a copy of the file alone is the whole database.
                if case .sqlite = template, let sql = app.db as? SQLDatabase {
                    try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
                }
            } catch {
                try await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
            return template
        }
    }
}

/// The tests' databases on PostgreSQL. `CREATE DATABASE … TEMPLATE` takes most of a second
/// whatever the size, longer than most tests, so the next test's copy is made while this one runs.
private actor PostgresCopies {
    static let shared = PostgresCopies()
    private var next: Task<String, Error>?
    private var made = 0

    /// A copy of the template ready for a test, starting on the one after it.
    func take(of template: String) async throws -> String {
        let ready = next ?? make(of: template)
        next = make(of: template)
        return try await ready.value
    }

    private func make(of template: String) -> Task<String, Error> {
        made += 1
        let copy = "\(PostgresServer.baseName)_test_\(getpid())_\(made)"
        return Task {
            try await PostgresServer.run("DROP DATABASE IF EXISTS \"\(copy)\" WITH (FORCE)")
            try await PostgresServer.run("CREATE DATABASE \"\(copy)\" TEMPLATE \"\(template)\"")
            return copy
        }
    }

    /// Drops the copies earlier runs left (the last one made ahead is never used), before this
    /// run makes its template: the server `DATABASE_URL` names is the tests' own.
    static func dropLeftovers() async throws {
        let pattern = PostgresServer.baseName.replacingOccurrences(of: "_", with: "\\_") + "\\_test\\_%"
        for name in try await PostgresServer.names(like: pattern) {
            try await PostgresServer.run("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
        }
    }
}

/// The PostgreSQL server `DATABASE_URL` names, reached through its own database for creating
/// and dropping the tests' databases.
enum PostgresServer {
    static let url: String? = Environment.get("DATABASE_URL").flatMap { $0.isEmpty ? nil : $0 }

    /// The name of the database `DATABASE_URL` names; the tests' databases are named after it.
    static var baseName: String {
        let path = url.flatMap { URLComponents(string: $0)?.path } ?? ""
        return String(path.drop { $0 == "/" })
    }

    /// `DATABASE_URL` with another database's name.
    static func url(of database: String) throws -> String {
        guard let url, var parts = URLComponents(string: url) else { throw Abort(.internalServerError, reason: "No DATABASE_URL") }
        parts.path = "/" + database
        guard let changed = parts.string else { throw Abort(.internalServerError, reason: "DATABASE_URL cannot name \(database)") }
        return changed
    }

    /// Runs a statement on the server's own database, through one application kept for the
    /// whole run (a test's application shuts down with the test).
    static func run(_ statement: String) async throws {
        let admin = try await Admin.shared.application()
        guard let sql = admin.db as? SQLDatabase else { throw Abort(.internalServerError, reason: "PostgreSQL is not SQL") }
        try await sql.raw(SQLQueryString(statement)).run()
    }

    /// The databases whose names match a `LIKE` pattern.
    static func names(like pattern: String) async throws -> [String] {
        let admin = try await Admin.shared.application()
        guard let sql = admin.db as? SQLDatabase else { throw Abort(.internalServerError, reason: "PostgreSQL is not SQL") }
        let rows = try await sql.raw("SELECT datname FROM pg_database WHERE datname LIKE \(bind: pattern)").all()
        return try rows.map { try $0.decode(column: "datname", as: String.self) }
    }

    private actor Admin {
        static let shared = Admin()
        private var app: Application?

        func application() async throws -> Application {
            if let app { return app }
            let made = try await Application.make(.testing)
            made.logger.logLevel = .warning
            guard let url = PostgresServer.url else { throw Abort(.internalServerError, reason: "No DATABASE_URL") }
            try made.databases.use(.postgres(url: url), as: .psql)
            app = made
            return made
        }
    }
}
