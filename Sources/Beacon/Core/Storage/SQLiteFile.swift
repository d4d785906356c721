import Foundation
import SQLiteNIO
// SQLiteNIO's own copy of SQLite, through its C module: a second copy of SQLite in the process
// would break the file locks the two share (sqlite.org/howtocorrupt.html, 2.2.1). SQLiteNIO does
// not offer the module as a product, so this leans on SwiftPM making a dependency's C modules
// visible; a rename there shows up here as a build error, not as a fault at run time.
import VaporCSQLite

/// A connection of Beacon's own to an SQLite database file, for bulk writes: each statement is
/// prepared once and stepped for every row, as the `sqlite3` tool does. SQLiteNIO's `query`
/// prepares every statement anew and hands every row back through the event loop, which made
/// imports several times slower than SQLite's own work.
///
/// Calls block: make them from a thread pool's thread, one thread at a time.
final class SQLiteFile {
    private var handle: OpaquePointer?

    /// Opens the file, which must already exist unless `create`, waiting up to a minute for
    /// another writer.
    init(path: String, create: Bool = false) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE | (create ? SQLITE_OPEN_CREATE : 0)
        let opened = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard opened == SQLITE_OK else {
            defer { sqlite_nio_sqlite3_close(handle) }
            throw Problem("The database file \(path) cannot be opened: \(message(opened))")
        }
        sqlite_nio_sqlite3_busy_timeout(handle, 60_000)
    }

    deinit { sqlite_nio_sqlite3_close_v2(handle) }

    /// The page size Beacon gives a database file it creates. SQLite's default is 4 KB; with
    /// bigger pages its B-trees split and fetch pages less often, and the import benchmark
    /// wrote contacts and their indexes about an eighth faster (docs/service-centre.md, "Speed").
    static let pageSize = 65_536

    /// Readies Beacon's database file before Fluent opens it: creates it with Beacon's page size
    /// if it is not there, and switches it to write-ahead logging, so readers do not block the
    /// writer and a killed process loses no committed write. A file that exists keeps its page
    /// size: SQLite sets it only when it writes a file's first page.
    static func readyStore(path: String) throws {
        let file = try SQLiteFile(path: path, create: true)
        try file.execute("PRAGMA page_size = \(pageSize)")
        try file.execute("PRAGMA journal_mode = WAL")
    }

    /// Runs statements that take no values.
    func execute(_ sql: String) throws {
        try check(sqlite_nio_sqlite3_exec(handle, sql, nil, nil, nil))
    }

    /// The first column of the first row a statement returns, as an integer: a pragma's value.
    func integer(_ sql: String) throws -> Int {
        var statement: OpaquePointer?
        try check(sqlite_nio_sqlite3_prepare_v2(handle, sql, -1, &statement, nil))
        defer { sqlite_nio_sqlite3_finalize(statement) }
        guard sqlite_nio_sqlite3_step(statement) == SQLITE_ROW else { throw Problem("\(sql) returned no row") }
        return Int(sqlite_nio_sqlite3_column_int64(statement, 0))
    }

    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        try check(sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil))
        return Statement(file: self, handle: statement)
    }

    /// Runs `body` in a transaction that takes the write lock at once, committed if it returns
    /// and rolled back if it throws.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    fileprivate func check(_ code: Int32) throws {
        guard code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW else { throw Problem(message(code)) }
    }

    private func message(_ code: Int32) -> String {
        let text = handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "error"
        return "\(text) (SQLite code \(code))"
    }

    /// Why SQLite refused.
    struct Problem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

extension SQLiteFile {
    /// A prepared statement, run again and again with new values.
    final class Statement {
        private let file: SQLiteFile
        private let handle: OpaquePointer?

        fileprivate init(file: SQLiteFile, handle: OpaquePointer?) {
            (self.file, self.handle) = (file, handle)
        }

        deinit { sqlite_nio_sqlite3_finalize(handle) }

        /// Binds the values in order, runs the statement to its end and returns how many rows it
        /// inserted, changed or deleted: 0 for an insert its conflict clause skipped.
        @discardableResult
        func run(_ values: [SQLiteData]) throws -> Int {
            var rows = SQLiteRows(width: values.count, reservingRows: 1)
            rows.append(values)
            return try run(each: rows)[0]
        }

        /// Runs the statement once for each row, in order; returns how many rows each run
        /// inserted, changed or deleted.
        func run(each rows: SQLiteRows) throws -> [Int] {
            // Every parameter is bound again for each row, so none keeps the row before's value.
            guard Int(sqlite_nio_sqlite3_bind_parameter_count(handle)) == rows.width else {
                throw Problem("Rows of \(rows.width) values for a statement that takes \(sqlite_nio_sqlite3_bind_parameter_count(handle))")
            }
            let database = sqlite_nio_sqlite3_db_handle(handle)
            return try rows.bytes.withUnsafeBufferPointer { bytes in
                try (0..<rows.count).map { row in
                    defer { sqlite_nio_sqlite3_reset(handle) }
                    for column in 0..<rows.width {
                        try file.check(bind(rows.values[row * rows.width + column], at: Int32(column + 1), bytes: bytes))
                    }
                    var stepped = sqlite_nio_sqlite3_step(handle)
                    while stepped == SQLITE_ROW { stepped = sqlite_nio_sqlite3_step(handle) }
                    try file.check(stepped)
                    return Int(sqlite_nio_sqlite3_changes(database))
                }
            }
        }

        // Text and blobs are lent to SQLite (no destructor: SQLITE_STATIC) from the rows' buffer,
        // which outlives the step, rather than copied by SQLite value by value, which was a tenth
        // of an import's time.
        private func bind(_ value: SQLiteRows.Value, at index: Int32, bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            switch value {
            case .integer(let number): return sqlite_nio_sqlite3_bind_int64(handle, index, number)
            case .float(let number): return sqlite_nio_sqlite3_bind_double(handle, index, number)
            case .null: return sqlite_nio_sqlite3_bind_null(handle, index)
            case .text(let start, let count):
                // An empty text needs a real pointer: a null one would bind NULL.
                guard count > 0, let base = bytes.baseAddress else { return sqlite_nio_sqlite3_bind_text64(handle, index, "", 0, transient, UInt8(SQLITE_UTF8)) }
                let text = UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self)
                return sqlite_nio_sqlite3_bind_text64(handle, index, text, UInt64(count), nil, UInt8(SQLITE_UTF8))
            case .blob(let start, let count):
                guard count > 0, let base = bytes.baseAddress else { return sqlite_nio_sqlite3_bind_zeroblob(handle, index, 0) }
                return sqlite_nio_sqlite3_bind_blob64(handle, index, base + start, UInt64(count), nil)
            }
        }
    }
}

// SQLite copies a value bound with this destructor, so Swift's buffer may go once bind returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
