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

    /// Opens the file, which must already exist, waiting up to a minute for another writer.
    init(path: String) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let opened = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard opened == SQLITE_OK else {
            defer { sqlite_nio_sqlite3_close(handle) }
            throw Problem("The database file \(path) cannot be opened: \(message(opened))")
        }
        sqlite_nio_sqlite3_busy_timeout(handle, 60_000)
    }

    deinit { sqlite_nio_sqlite3_close_v2(handle) }

    /// Runs statements that take no values.
    func execute(_ sql: String) throws {
        try check(sqlite_nio_sqlite3_exec(handle, sql, nil, nil, nil))
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
        private var texts: [UInt8] = []

        fileprivate init(file: SQLiteFile, handle: OpaquePointer?) {
            (self.file, self.handle) = (file, handle)
        }

        deinit { sqlite_nio_sqlite3_finalize(handle) }

        /// Binds the values in order, runs the statement to its end and returns how many rows it
        /// inserted, changed or deleted: 0 for an insert its conflict clause skipped.
        @discardableResult
        func run(_ values: [SQLiteData]) throws -> Int {
            // Text is lent to SQLite from one buffer that outlives the step rather than copied by
            // SQLite value by value, which was a tenth of an import's time.
            texts.removeAll(keepingCapacity: true)
            for value in values { if case .text(let text) = value { texts.append(contentsOf: text.utf8) } }
            defer {
                sqlite_nio_sqlite3_reset(handle)
                sqlite_nio_sqlite3_clear_bindings(handle)
            }
            return try texts.withUnsafeBufferPointer { buffer in
                var offset = 0
                for index in values.indices { try bind(values[index], at: Int32(index + 1), texts: buffer, offset: &offset) }
                var stepped = sqlite_nio_sqlite3_step(handle)
                while stepped == SQLITE_ROW { stepped = sqlite_nio_sqlite3_step(handle) }
                try file.check(stepped)
                return Int(sqlite_nio_sqlite3_changes(sqlite_nio_sqlite3_db_handle(handle)))
            }
        }

        private func bind(_ value: SQLiteData, at index: Int32, texts: UnsafeBufferPointer<UInt8>, offset: inout Int) throws {
            let bound = switch value {
            case .integer(let number): sqlite_nio_sqlite3_bind_int64(handle, index, Int64(number))
            case .float(let number): sqlite_nio_sqlite3_bind_double(handle, index, number)
            case .null: sqlite_nio_sqlite3_bind_null(handle, index)
            case .text(let text):
                bindLent(texts, from: &offset, count: text.utf8.count, at: index)
            case .blob(let buffer):
                buffer.withUnsafeReadableBytes { bytes in
                    sqlite_nio_sqlite3_bind_blob64(handle, index, bytes.baseAddress, UInt64(bytes.count), transient)
                }
            }
            try file.check(bound)
        }

        private func bindLent(_ texts: UnsafeBufferPointer<UInt8>, from offset: inout Int, count: Int, at index: Int32) -> Int32 {
            defer { offset += count }
            // An empty text needs a real pointer: a null one would bind NULL.
            guard count > 0, let base = texts.baseAddress else { return sqlite_nio_sqlite3_bind_text64(handle, index, "", 0, transient, UInt8(SQLITE_UTF8)) }
            let start = UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self)
            // No destructor (SQLITE_STATIC): SQLite reads the bytes where they are, until the reset.
            return sqlite_nio_sqlite3_bind_text64(handle, index, start, UInt64(count), nil, UInt8(SQLITE_UTF8))
        }
    }
}

// SQLite copies a value bound with this destructor, so Swift's buffer may go once bind returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
