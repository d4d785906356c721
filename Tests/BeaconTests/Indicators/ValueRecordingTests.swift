@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// `IndicatorValueWrite.record`, the one command that saves values, whatever supplies them.
final class ValueRecordingTests: BeaconTestCase {
    private func wrenmoor() async throws -> Council { try await record(Council.self, where: \.$slug, is: "wrenmoor") }

    private func latestActual(of indicator: Indicator, in period: ReportingPeriod) async throws -> IndicatorValue {
        try await XCTUnwrapAsync(await values(of: indicator).first { $0.period == period && $0.kind == .actual })
    }

    private func recordValue(_ recording: ValueRecording, _ indicator: Indicator, _ period: ReportingPeriod,
                             council: Council) async throws -> IndicatorValue {
        try await IndicatorValueWrite.record(recording, indicator: indicator, period: period, council: council,
                                             by: nil, on: app.db)
    }

    private func history(_ indicator: Indicator, council: Council) async throws -> IndicatorHistory {
        let view = CouncilView(council: council, signedIn: nil, mayReadUnverified: true, today: today)
        return view.results.history(indicator, values: try await values(of: indicator), targets: [])
    }

    func testEveryDemoValueTypedFedOrCalculatedWasRecordedThroughTheCommand() async throws {
        let values = try await IndicatorValue.query(on: app.db).all()
        let created = try await AuditEntry.query(on: app.db).filter(\.$recordType == IndicatorValue.auditType)
            .filter(\.$change == "create").all()

        XCTAssertGreaterThan(values.count, 500)
        XCTAssertEqual(Set(created.map(\.recordID)), Set(values.compactMap(\.id)),
                       "each value has its creation in the trail")
        let fed = values.filter { $0.enteredBy == IndicatorFeeding.enteredBy }
        let calculated = values.filter { $0.enteredBy == IndicatorCalculation.enteredBy }
        XCTAssertFalse(fed.isEmpty)
        XCTAssertFalse(calculated.isEmpty)
        let unjudged = values.filter { $0.kind == .actual && $0.value != nil && $0.status == nil }
        XCTAssertEqual(unjudged.count, 0, "every actual with a figure has its status stored when recorded")
    }

    func testARecordingIsJudgedAgainstItsTargetAndOneThatChangesNothingSavesNothing() async throws {
        let council = try await wrenmoor()
        let bv8 = try await indicator("BV 8")
        let period = latestPeriod(bv8)
        let target = try await XCTUnwrapAsync(await IndicatorTarget.query(on: app.db).filter(\.$indicatorID == bv8.id!)
            .filter(\.$period == period).first())
        // BV 8 is higher-is-better against a target of 95 (per cent paid on time); 80 is far below.
        XCTAssertEqual(target.value, "95")
        let recording = ValueRecording(value: "80", enteredBy: "Test system", verification: .by("Test system"))

        let first = try await recordValue(recording, bv8, period, council: council)
        let version = first.version
        let again = try await recordValue(recording, bv8, period, council: council)

        XCTAssertEqual(first.status, .red)
        XCTAssertEqual(again.version, version, "the same figure from the same source is not saved again")
        let updates = try await AuditEntry.query(on: app.db).filter(\.$recordID == first.id!)
            .filter(\.$change == "update").count()
        XCTAssertEqual(updates, 1)
    }

    func testAStaleVersionIsRefusedAndNothingIsSaved() async throws {
        let council = try await wrenmoor()
        let bv8 = try await indicator("BV 8")
        let period = latestPeriod(bv8)
        let existing = try await latestActual(of: bv8, in: period)
        let recording = ValueRecording(value: "96", enteredBy: "Someone", verification: .keptUnlessChanged)

        do {
            _ = try await IndicatorValueWrite.record(recording, indicator: bv8, period: period, council: council,
                                                     expecting: existing.version - 1, by: nil, on: app.db)
            XCTFail("a stale version must be refused")
        } catch let conflict as EditConflict {
            XCTAssertEqual(conflict.status, .conflict)
        }
        let unchanged = try await XCTUnwrapAsync(await IndicatorValue.find(existing.id, on: app.db))
        XCTAssertEqual(unchanged.value, existing.value)
    }

    func testReadingShowsTheStatusAsStoredAndNeverJudgesAgain() async throws {
        let bv8 = try await indicator("BV 8")
        let period = latestPeriod(bv8)
        let value = try await latestActual(of: bv8, in: period)
        // As if judged under an older target: the stored status stands until someone asks to judge again.
        value.status = value.status == .red ? RAGStatus.green : .red
        try await value.update(on: app.db)
        let council = try await wrenmoor()

        let results = try await history(bv8, council: council)

        XCTAssertEqual(results.rows.first { $0.period == period }?.status, value.status)
        // A value stored without a status (none was judged) reads as having none, not as judged now.
        value.status = nil
        try await value.update(on: app.db)
        let unjudged = try await history(bv8, council: council)
        XCTAssertEqual(unjudged.rows.first { $0.period == period }?.status, .noStatus)
    }

    func testASuppliedIndicatorRefusesTypedActualsOnlyForItsPeriods() async throws {
        let lpi2 = try await indicator("LPI 2")
        let from = try XCTUnwrap(lpi2.suppliedFrom.flatMap(CalendarDate.init(iso:)))
        let before = ReportingPeriod(containing: from.adding(days: -1), kind: .month)
        let after = ReportingPeriod(containing: from, kind: .month)

        XCTAssertEqual(lpi2.suppliedBy, "the service centre")
        XCTAssertNoThrow(try IndicatorWrite.refuseTyping(lpi2, period: before, kind: .actual))
        XCTAssertNoThrow(try IndicatorWrite.refuseTyping(lpi2, period: after, kind: .estimate))
        XCTAssertThrowsError(try IndicatorWrite.refuseTyping(lpi2, period: after, kind: .actual)) { error in
            XCTAssertTrue((error as? Abort)?.reason.contains("LPI 2 is fed from the service centre") == true)
        }
    }
}
