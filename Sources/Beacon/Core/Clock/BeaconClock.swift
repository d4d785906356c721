import BeaconDomain
import Foundation
import Vapor

/// The one place Beacon reads the time. Everything that needs "now" asks the application's
/// clock (`request.now`, `app.clock.now()`, or `BeaconClock.current` where no request is at
/// hand), so tests and a reproducible demo can run at a fixed instant.
struct BeaconClock: Sendable {
    let now: @Sendable () -> Date

    /// Today in London by this clock.
    var today: CalendarDate { UKTime.day(of: now()) }

    /// The application's clock, for code that has no request at hand: commands deep in a write,
    /// the audit trail, the demo (a Fluent `Database` cannot carry it). It is bound to
    /// `app.clock` for every route's handler (`RoutesBuilder.route`), every command line
    /// command and the demo's load, and for each test to the tests' instant; unbound, it is
    /// the system's clock, which is what a served Beacon's clock is unless `BEACON_NOW` is set.
    @TaskLocal static var current: BeaconClock = .system

    static let system = BeaconClock { Date() }

    static func fixed(at instant: Date) -> BeaconClock { BeaconClock { instant } }

    /// A clock that reads `instant` when made and runs on from there, as a demo started at a
    /// chosen moment should (sessions and sign-in limits still need time to pass).
    static func starting(at instant: Date) -> BeaconClock {
        let offset = instant.timeIntervalSince(Date())
        return BeaconClock { Date().addingTimeInterval(offset) }
    }

    /// The instant the tests run at unless `BEACON_NOW` says otherwise: Wednesday
    /// 25 November 2026, 10:30 in London, a working morning inside the demo's year.
    static let testInstant = Date(timeIntervalSince1970: 1_795_602_600)

    /// The clock for the environment: `BEACON_NOW` (an ISO 8601 instant with its offset, such as
    /// `2027-03-31T23:30:00+01:00`) fixes the tests' instant, or starts a served Beacon's clock
    /// there; without it the tests run at `testInstant` and Beacon on the system's clock.
    static func chosen(for environment: Environment) throws -> BeaconClock {
        let testing = environment == .testing
        guard let text = Environment.get("BEACON_NOW"), !text.isEmpty else {
            return testing ? .fixed(at: testInstant) : .system
        }
        guard let instant = ISOInstant.parse(text) else {
            throw Abort(.internalServerError,
                        reason: "BEACON_NOW must be an ISO 8601 instant with its offset, "
                            + "such as 2027-03-31T23:30:00+01:00.")
        }
        return testing ? .fixed(at: instant) : .starting(at: instant)
    }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = BeaconClock }

    var clock: BeaconClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    /// The current instant by the application's clock.
    var now: Date { application.clock.now() }
}
