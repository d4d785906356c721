@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import SQLKit
import XCTest
import XCTVapor

/// The retention schedule applied by hand and by the daily scheduler.
final class RetentionTests: BeaconTestCase {
    private func setPeriod(_ record: RetainedRecord, months: Int) async throws {
        let period = RetentionPeriod()
        period.councilID = try await wrenmoor().requireID()
        period.record = record
        period.months = months
        try await period.create(on: app.db)
    }

    private func wrenmoor() async throws -> Council {
        try await unwrap(Council.query(on: app.db).filter(\.$slug == "wrenmoor").first())
    }

    private func complaint(_ name: String) async throws -> Complaint {
        try await unwrap(Complaint.query(on: app.db).filter(\.$complainantName == name).first())
    }

    func testADryRunChangesNothingAndTheRunBlanksWhatIsPastItsPeriod() async throws {
        try await setPeriod(.closedComplaints, months: 1)
        try await setPeriod(.accessLog, months: 1)
        let council = try await wrenmoor().requireID()
        for daysAgo in [40, 10] {
            let line = AccessLogEntry()
            (line.councilID, line.actorLabel, line.recordType) = (council, "Sophie Kaur", "complaint")
            (line.recordTitle, line.openedAt) = ("CP-\(daysAgo)", now.addingTimeInterval(-Double(daysAgo) * 86_400))
            try await line.create(on: app.db)
        }
        let decided = try await complaint("Demo complainant 8")
        let open = try await complaint("Demo complainant 1")

        let dry = try await RetentionRun.run(dryRun: true, on: app.db)
        let value1 = try await Complaint.find(decided.id, on: app.db)?.complainantName
        XCTAssertEqual(value1, "Demo complainant 8")
        let value2 = try await AccessLogEntry.query(on: app.db).count()
        XCTAssertEqual(value2, 2)
        XCTAssertTrue(dry.text.hasPrefix("Retention schedule, dry run: nothing was changed."))
        let done = try await RetentionRun.run(dryRun: false, on: app.db)

        func count(_ record: RetainedRecord, _ report: RetentionRun.Report) -> Int {
            report.lines.first { $0.council == "Wrenmoor District Council" && $0.record == record }?.count ?? -1
        }
        XCTAssertEqual(count(.accessLog, dry), 1)
        XCTAssertEqual(count(.accessLog, done), 1)
        XCTAssertEqual(count(.closedComplaints, done), count(.closedComplaints, dry))
        XCTAssertGreaterThanOrEqual(count(.closedComplaints, done), 1)
        let value3 = try await Complaint.find(decided.id, on: app.db)?.complainantName
        XCTAssertEqual(value3, "[erased]")
        let value4 = try await Complaint.find(decided.id, on: app.db)?.ombudsmanOutcome
        XCTAssertEqual(value4, decided.ombudsmanOutcome)
        let value5 = try await Complaint.find(open.id, on: app.db)?.complainantName
        XCTAssertEqual(value5, "Demo complainant 1")
        let value6 = try await AccessLogEntry.query(on: app.db).all().map(\.recordTitle)
        XCTAssertEqual(value6, ["CP-10"])
        let tombstone = try await unwrap(Erasure.query(on: app.db).first())
        XCTAssertTrue(tombstone.reason.contains("retention schedule"))
        let again = try await RetentionRun.run(dryRun: true, on: app.db)
        XCTAssertEqual(count(.closedComplaints, again), 0, "nothing left to blank")
    }

    func testContactsLoseTheirDetailsButKeepTheirTimesAndOutcome() async throws {
        try await setPeriod(.contactDetails, months: 1)
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        // The oldest contact and the newest: the demo's year runs up to the tests' day.
        for pick in ["MIN", "MAX"] {
            try await sql.raw("""
                UPDATE contacts SET customer_name = 'Peter Quince', notes = 'Rang about his bins'
                WHERE id = (SELECT \(unsafeRaw: pick)(id) FROM contacts)
                """).run()
        }
        let named = try await Contact.query(on: app.db).filter(\.$customerName == "Peter Quince")
            .sort(\.$arrivedAt).all()
        XCTAssertEqual(named.count, 2)
        let before = named.first, recent = try XCTUnwrap(named.last).day
        XCTAssertGreaterThan(recent, today.adding(days: -31).iso, "the newest contact is within the month")

        let report = try await RetentionRun.run(dryRun: false, on: app.db)

        let oldOne = try await unwrap(Contact.find(before?.id, on: app.db))
        XCTAssertNil(oldOne.customerName)
        XCTAssertNil(oldOne.notes)
        XCTAssertEqual(oldOne.arrivedAt, before?.arrivedAt)
        XCTAssertEqual(oldOne.outcome, before?.outcome)
        let kept = try await Contact.query(on: app.db).filter(\.$day == recent)
            .filter(\.$customerName == "Peter Quince").count()
        XCTAssertEqual(kept, 1)
        XCTAssertEqual(report.lines.first { $0.record == .contactDetails && $0.count > 0 }?.count, 1)
    }

    func testTheCommandsDryRunChangesNothing() async throws {
        try await setPeriod(.closedComplaints, months: 1)
        var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["beacon", "--dry-run"]))
        context.application = app
        try await RetentionRunCommand().run(using: &context)

        let value7 = try await Complaint.query(on: app.db).filter(\.$complainantName == "[erased]").count()
        XCTAssertEqual(value7, 0)
        let value8 = try await Erasure.query(on: app.db).count()
        XCTAssertEqual(value8, 0)
    }
}
