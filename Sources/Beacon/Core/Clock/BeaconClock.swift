import Foundation
import Vapor

/// The one place Beacon reads the time. Everything that needs "now" asks the application's
/// clock (`request.now`, `app.clock.now()`), so tests and a reproducible demo can run at a
/// fixed instant.
struct BeaconClock: Sendable {
    let now: @Sendable () -> Date

    static let system = BeaconClock { Date() }

    static func fixed(at instant: Date) -> BeaconClock { BeaconClock { instant } }
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
