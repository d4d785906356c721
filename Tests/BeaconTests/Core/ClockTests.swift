@testable import Beacon
import Fluent
import Foundation
import Vapor
import XCTest

/// Beacon reads the time from its clock only, so the tests (and a demo) run at a chosen instant.
final class ClockTests: BeaconTestCase {
    /// 2027-03-31T22:30:00Z, worked by hand from 2027-03-31T23:30:00+01:00.
    private let lastEveningOfTheYear = Date(timeIntervalSince1970: 1_806_532_200)

    func testATestReadsTheSameInstantEverywhere() throws {
        XCTAssertEqual(BeaconClock.current.now(), app.clock.now(), "commands called directly read the test's clock")
        if Environment.get("BEACON_NOW") == nil {
            // 2026-11-25T10:30:00Z, worked by hand.
            XCTAssertEqual(app.clock.now(), Date(timeIntervalSince1970: 1_795_602_600))
        }
    }

    func testTheDemoAndItsAuditTrailAreWrittenAtTheTestsInstant() async throws {
        let entries = try await AuditEntry.query(on: app.db).all()
        XCTAssertFalse(entries.isEmpty, "the demo is loaded through commands, which audit")
        let elsewhen = entries.filter { $0.at != now }
        XCTAssertEqual(elsewhen.count, 0, "entries not at the tests' instant: \(elsewhen.prefix(3).map(\.recordTitle))")
    }

    func testAFormsWriteIsAuditedAtTheApplicationsInstant() async throws {
        let before = try await AuditEntry.query(on: app.db).filter(\.$recordType == APIKey.auditType).count()
        _ = try await issueAPIKey()
        let entries = try await AuditEntry.query(on: app.db).filter(\.$recordType == APIKey.auditType).all()
        XCTAssertEqual(entries.count, before + 1)
        XCTAssertEqual(entries.map(\.at), Array(repeating: now, count: entries.count))
    }

    func testBeaconNowFixesTheTestsInstantAndStartsAServedBeaconThere() throws {
        let saved = Environment.get("BEACON_NOW")
        defer {
            if let saved { setenv("BEACON_NOW", saved, 1) } else { unsetenv("BEACON_NOW") }
        }
        setenv("BEACON_NOW", "2027-03-31T23:30:00+01:00", 1)
        XCTAssertEqual(try BeaconClock.chosen(for: .testing).now(), lastEveningOfTheYear)
        let served = try BeaconClock.chosen(for: .production).now()
        XCTAssertEqual(served.timeIntervalSince(lastEveningOfTheYear), 0, accuracy: 5, "a served demo's clock starts there")

        setenv("BEACON_NOW", "31/03/2027 23:30", 1)
        XCTAssertThrowsError(try BeaconClock.chosen(for: .testing)) { error in
            XCTAssertTrue(String(describing: error).contains("BEACON_NOW must be an ISO 8601 instant"))
        }
    }

    func testWithoutBeaconNowTheTestsAreFixedAndAServedBeaconKeepsTheSystemsTime() throws {
        let saved = Environment.get("BEACON_NOW")
        defer {
            if let saved { setenv("BEACON_NOW", saved, 1) }
        }
        unsetenv("BEACON_NOW")
        let first = try BeaconClock.chosen(for: .testing).now()
        Thread.sleep(forTimeInterval: 0.01)
        XCTAssertEqual(try BeaconClock.chosen(for: .testing).now(), first)
        XCTAssertEqual(first, BeaconClock.testInstant)
        let served = try BeaconClock.chosen(for: .production).now()
        // The system's clock, which only the system can tell.
        XCTAssertEqual(served.timeIntervalSince(Date()), 0, accuracy: 5)
    }
}
