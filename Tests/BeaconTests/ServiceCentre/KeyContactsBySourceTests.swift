@testable import Beacon
import Fluent
import SQLKit
import XCTVapor

/// The migration that keys contacts by a numbered source keeps every contact, its id and its
/// source, both ways.
final class KeyContactsBySourceTests: ServiceCentreTestCase {
    func testContactsKeepTheirIdsAndSourcesWhenTheMigrationIsUndoneAndDoneAgain() async throws {
        let path = try file(["k1,phone,MISSED_BIN,\(try today("07:00:00")),\(try today("07:00:05")),\(try today("07:03:00")),A1,resolved"])
        _ = try await importOnCommandLine(path)
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        let before = try await bySource(on: sql)

        try await KeyContactsBySource().revert(on: app.db)
        let undone = try await sql.raw("SELECT id, source, source_id FROM contacts ORDER BY id").all()
        try await KeyContactsBySource().prepare(on: app.db)

        XCTAssertEqual(undone.count, before.count)
        XCTAssertTrue(try undone.contains { try $0.decode(column: "source", as: String.self) == "test" && $0.decode(column: "source_id", as: String.self) == "k1" })
        let after = try await bySource(on: sql)
        XCTAssertEqual(after, before)
        XCTAssertGreaterThan(before.count, 1, "the demo's contacts and the import's")
    }

    /// Each contact as "id source source-id".
    private func bySource(on sql: SQLDatabase) async throws -> [String] {
        try await sql.raw("""
            SELECT c.id, s.name, c.source_id FROM contacts c JOIN contact_sources s ON s.id = c.source_number ORDER BY c.id
            """).all().map { row in
            "\(try row.decode(column: "id", as: Int.self)) \(try row.decode(column: "name", as: String.self)) \(try row.decode(column: "source_id", as: String.self))"
        }
    }
}
