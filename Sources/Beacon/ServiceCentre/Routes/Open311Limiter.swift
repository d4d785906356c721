import Foundation
import Vapor

/// Counts each Open311 client's requests in the current minute, in this process, and refuses
/// those over its council's limit. One minute's counts are kept at a time.
actor Open311Limiter {
    private var minute = 0
    private var counts: [String: Int] = [:]

    /// Counts one request by the client; whether it is within `perMinute`.
    func allow(_ client: String, perMinute: Int, at now: Date) -> Bool {
        let current = Int(now.timeIntervalSince1970 / 60)
        if current != minute {
            minute = current
            counts.removeAll(keepingCapacity: true)
        }
        counts[client, default: 0] += 1
        return counts[client, default: 0] <= perMinute
    }
}

extension Application {
    private struct Open311LimiterKey: StorageKey { typealias Value = Open311Limiter }

    /// The application's Open311 limiter, set up by `configure`.
    var open311Limiter: Open311Limiter {
        get { storage[Open311LimiterKey.self] ?? Open311Limiter() }
        set { storage[Open311LimiterKey.self] = newValue }
    }
}
