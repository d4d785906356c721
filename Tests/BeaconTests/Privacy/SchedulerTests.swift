@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import XCTest
import XCTVapor

/// The daily scheduler: one run a day, whatever the number of schedulers on the store; a run
/// whose process died is taken over, a live one is not.
final class SchedulerTests: BeaconTestCase {
    private func scheduler(at hour: Int, _ minute: Int) -> Scheduler {
        Scheduler(db: app.db, clock: .fixed(at: UKTime.instant(today, hour: hour, minute: minute)), logger: app.logger)
    }

    private let counting = Scheduler.Job(name: "counting") { _ in "counted" }

    func testTheDaysRunIsMadeOnceWhateverTheNumberOfSchedulers() async throws {
        let value1 = try await scheduler(at: 2, 59).runDue([counting]).count
        XCTAssertEqual(value1, 0, "not before three")
        let one = scheduler(at: 3, 30), other = scheduler(at: 3, 30), job = counting
        async let first = one.runDue([job])
        async let second = other.runDue([job])
        let made = try await first.count + second.count
        let later = try await scheduler(at: 9, 0).runDue([counting])

        XCTAssertEqual(made, 1)
        XCTAssertEqual(later.count, 0)
        let runs = try await JobRun.query(on: app.db).all()
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs.first?.outcome, "done")
        XCTAssertEqual(runs.first?.report, "counted")
        XCTAssertEqual(runs.first?.day, today.iso)
        XCTAssertTrue(BeaconMetrics.registry.emitToString()
            .contains(#"beacon_job_runs_total{job="counting",outcome="done"}"#))
    }

    func testAnAbandonedRunIsTakenOverAndALiveOneIsLeft() async throws {
        let started = UKTime.instant(today, hour: 3, minute: 0)
        let claimed = try await unwrap(scheduler(at: 3, 0).claim("counting", day: today, at: started))
        XCTAssertEqual(claimed.outcome, "running")
        let value2 = try await scheduler(at: 3, 15).runDue([counting]).count
        XCTAssertEqual(value2, 0, "fifteen minutes: still its own")
        let takenOver = try await scheduler(at: 3, 16).runDue([counting])

        XCTAssertEqual(takenOver.count, 1)
        let runs = try await JobRun.query(on: app.db).all()
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs.first?.outcome, "done")
        XCTAssertNotEqual(runs.first?.claim, claimed.claim)
    }

    func testAFailedRunIsRecordedAndCounted() async throws {
        struct Broken: Error {}
        let failing = Scheduler.Job(name: "failing") { _ in throw Broken() }
        let runs = try await scheduler(at: 4, 0).runDue([failing])

        XCTAssertEqual(runs.first?.outcome, "failed")
        XCTAssertTrue(runs.first?.report.contains("stopped on an error") == true)
        XCTAssertTrue(BeaconMetrics.registry.emitToString()
            .contains(#"beacon_job_runs_total{job="failing",outcome="failed"}"#))
    }

    func testTheDailyJobsRunThroughTheScheduler() async throws {
        let runs = try await scheduler(at: 3, 5).runDue()
        XCTAssertEqual(runs.map(\.job), ["retention", "follow-up reports"])
        XCTAssertTrue(runs.first?.report.hasPrefix("Retention schedule applied.") == true)
        XCTAssertEqual(runs.last?.report, "No report asked for by a resolution was due a draft.",
                       "the demo's report is due in May")
    }
}
