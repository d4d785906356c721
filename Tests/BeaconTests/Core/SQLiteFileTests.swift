@testable import Beacon
import Foundation
import NIOCore
import SQLiteNIO
import XCTest

/// Beacon's own SQLite connection for bulk writes: prepared statements run again and again, text
/// lent rather than copied, changes counted, transactions undone when their body throws.
final class SQLiteFileTests: XCTestCase {
    private var path = ""

    override func setUp() async throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sqlite-file-\(UUID().uuidString).sqlite").path
        // An empty file is an empty database.
        FileManager.default.createFile(atPath: path, contents: Data())
    }

    override func tearDown() async throws {
        try? FileManager.default.removeItem(atPath: path)
    }

    func testAStatementRunsAgainAndCountsWhatItInserted() async throws {
        let file = try SQLiteFile(path: path)
        try file.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL, n INTEGER, r REAL)")
        let insert = try file.prepare("INSERT INTO t (k, v, n, r) VALUES (?, ?, ?, ?) ON CONFLICT (k) DO NOTHING")

        let first = try insert.run([.text("a"), .text(""), .integer(1), .float(2.5)])
        let again = try insert.run([.text("a"), .text("other"), .integer(2), .null])
        let second = try insert.run([.text("b"), .text("café €"), .null, .null])

        XCTAssertEqual([first, again, second], [1, 0, 1])
        let rows = try await read("SELECT k, v, n, r FROM t ORDER BY k")
        XCTAssertEqual(rows.map { $0.column("v")?.string }, ["", "café €"], "an empty text is empty, not NULL; text goes in whole")
        XCTAssertEqual(rows.map { $0.column("n")?.integer }, [1, nil])
        XCTAssertEqual(rows.first?.column("r")?.double, 2.5)
    }

    func testATransactionWhoseBodyThrowsLeavesNothing() async throws {
        let file = try SQLiteFile(path: path)
        try file.execute("CREATE TABLE t (k TEXT PRIMARY KEY)")
        let insert = try file.prepare("INSERT INTO t (k) VALUES (?)")

        XCTAssertThrowsError(try file.transaction {
            try insert.run([.text("kept?")])
            try insert.run([.text("kept?")])
        }) { error in
            XCTAssertTrue("\(error)".contains("UNIQUE constraint failed"), "\(error)")
        }
        try file.transaction { try insert.run([.text("kept")]) }

        let rows = try await read("SELECT k FROM t")
        XCTAssertEqual(rows.map { $0.column("k")?.string }, ["kept"])
    }

    func testRowsLaidOutAheadRunInOrderAndEachSaysWhatItChanged() async throws {
        let file = try SQLiteFile(path: path)
        try file.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT, n INTEGER, r REAL, b BLOB)")
        let insert = try file.prepare("INSERT INTO t (k, v, n, r, b) VALUES (?, ?, ?, ?, ?) ON CONFLICT (k) DO NOTHING")
        var rows = SQLiteRows(width: 5)
        rows.append([.text("a"), .text(""), .integer(7), .float(0.5), .blob(ByteBuffer(bytes: [1, 2]))])
        rows.append([.text("a"), .text("again"), .null, .null, .null])
        rows.append([.text("b"), .text("café €"), .null, .null, .blob(ByteBuffer())])

        let changes = try insert.run(each: rows)

        XCTAssertEqual(changes, [1, 0, 1])
        let stored = try await read("SELECT k, v, n, r, b, typeof(b) AS kind FROM t ORDER BY k")
        XCTAssertEqual(stored.map { $0.column("v")?.string }, ["", "café €"], "each row's text is its own, an empty one empty")
        XCTAssertEqual(stored.map { $0.column("n")?.integer }, [7, nil])
        XCTAssertEqual(stored.first?.column("r")?.double, 0.5)
        XCTAssertEqual(stored.first?.column("b")?.blob.map { Array($0.readableBytesView) }, [1, 2])
        XCTAssertEqual(stored.last?.column("kind")?.string, "blob", "an empty blob is a blob, not NULL")
    }

    func testRowsOfTheWrongWidthAreRefused() throws {
        let file = try SQLiteFile(path: path)
        try file.execute("CREATE TABLE t (k TEXT, v TEXT)")
        let insert = try file.prepare("INSERT INTO t (k, v) VALUES (?, ?)")
        var rows = SQLiteRows(width: 1)
        rows.append([.text("a")])

        XCTAssertThrowsError(try insert.run(each: rows)) { error in
            XCTAssertTrue("\(error)".contains("Rows of 1 values for a statement that takes 2"), "\(error)")
        }
    }

    func testANewStoreGetsBeaconsPageSizeAndAnOldOneKeepsItsOwn() async throws {
        let new = path + "-new"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: new + suffix) } }
        try file(path, pageSize: 4096)

        try SQLiteFile.readyStore(path: new)
        try SQLiteFile.readyStore(path: path)

        for (store, size) in [(new, SQLiteFile.pageSize), (path, 4096)] {
            let connection = try await SQLiteConnection.open(storage: .file(path: store))
            let pageSize = try await connection.query("PRAGMA page_size").first?.column("page_size")?.integer
            let mode = try await connection.query("PRAGMA journal_mode").first?.column("journal_mode")?.string
            try await connection.close()
            XCTAssertEqual(pageSize, size, store)
            XCTAssertEqual(mode, "wal", store)
        }
    }

    func testAPragmasValueIsReadAndAStatementWithNoRowSaysSo() throws {
        let file = try SQLiteFile(path: path)
        try file.execute("PRAGMA cache_size = -4242")

        XCTAssertEqual(try file.integer("PRAGMA cache_size"), -4242)
        XCTAssertThrowsError(try file.integer("SELECT 1 WHERE 0")) { error in
            XCTAssertTrue("\(error)".contains("returned no row"), "\(error)")
        }
    }

    private func file(_ path: String, pageSize: Int) throws {
        let file = try SQLiteFile(path: path)
        try file.execute("PRAGMA page_size = \(pageSize)")
        try file.execute("CREATE TABLE t (k TEXT)")
    }

    func testAFileThatCannotBeOpenedSaysSo() {
        XCTAssertThrowsError(try SQLiteFile(path: "/no/such/folder/beacon.sqlite")) { error in
            XCTAssertTrue("\(error)".contains("cannot be opened"), "\(error)")
        }
    }

    private func read(_ sql: String) async throws -> [SQLiteRow] {
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        let rows = try await connection.query(sql)
        try await connection.close()
        return rows
    }
}
