@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import SQLKit
import XCTest
import XCTVapor

/// An issued report never changes: every kind of data it was assembled from is changed after
/// it is issued, and its page and every table's CSV are the same bytes as before, while a new
/// draft from the same template shows the new figures. Runs on SQLite and PostgreSQL alike.
final class ReportFreezeTests: BeaconTestCase {
    /// Each change made to the store after issue, and the text it puts where a report reads it.
    private static let changes: [SQLQueryString] = [
        "UPDATE councils SET name = 'Renamed District Council' WHERE slug = 'wrenmoor'",
        "UPDATE units SET name = name || ' (renamed)'",
        "UPDATE indicators SET title = title || ' (renamed)'",
        "UPDATE indicator_values SET value = '123', commentary = 'Changed after issue', status = 'red'",
        "UPDATE indicator_targets SET value = '456'",
        "UPDATE plan_actions SET percent = 99, status = 'off_track', activity = activity || ' (changed)'",
        "UPDATE plan_risks SET likelihood = 1, impact = 1, element = element || ' (changed)'",
        "UPDATE budget_lines SET expenditure_pence = expenditure_pence + 100000000",
        "UPDATE contact_month_rollups SET contacts = contacts + 5000, answered = answered + 5000",
        "UPDATE contact_rollups SET contacts = contacts + 5000, answered = answered + 5000",
        "UPDATE service_requests SET within_standard = false",
        "UPDATE complaints SET learning = 'Changed after issue'",
        "UPDATE decision_notices SET topic = topic || ' (changed)', is_key = true",
        "UPDATE councillors SET name = name || ' (changed)'",
    ]

    func testAnIssuedReportIsTheSameBytesAfterEveryKindOfDataChanges() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let id = try await makeDraft(.quarterlyPerformance, as: officer)
        let form = try await editForm(id, narratives: [.indicators: "Frozen narrative.", .risks: "Risks as they were."])
        let saved = try await post(SiteURL.reportEdit(council: "wrenmoor", .id(id)).path, form, as: officer)
        XCTAssertEqual(saved.status, .seeOther)
        let answer1 = try await issue(id, as: officer)
        XCTAssertEqual(answer1.status, .seeOther)
        let issued = try await XCTUnwrapAsync(await Report.find(id, on: app.db))
        let tables = try XCTUnwrap(try issued.frozenContent()).tables.count
        XCTAssertEqual(tables, 10, "indicators, actions, risks and heat map, budget, service centre, three "
            + "complaint tables, decisions")
        let before = try await readings(id, tables: tables)

        let sql = try app.db.sql
        for change in Self.changes { try await sql.raw(change).run() }
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        try await DataVersion.bump(council: council.requireID(), on: app.db)

        let after = try await readings(id, tables: tables)
        for (index, (old, new)) in zip(before, after).enumerated() {
            XCTAssertEqual(old, new, "reading \(index) is byte for byte the same")
        }
        XCTAssertFalse(after[0].contains("(renamed)"))
        let draft = try await makeDraft(.quarterlyPerformance, as: officer)
        let fresh = try await get(reportPath(draft), as: officer).body.string
        for text in ["Renamed District Council", "(renamed)", "Changed after issue", "(changed)"] {
            XCTAssertTrue(fresh.contains(text), "a new draft shows the new data: \(text)")
        }
    }

    /// The public page and each table's CSV, as bytes.
    private func readings(_ id: UUID, tables: Int) async throws -> [String] {
        var texts = [try await get(reportPath(id)).body.string]
        for number in 1...tables { texts.append(try await get(tablePath(id, number)).body.string) }
        return texts
    }
}
