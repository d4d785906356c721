@testable import Beacon
import Foundation
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
