import Foundation

/// The rule that slows guessing of passwords: after a run of failed sign-ins for one email
/// address, further attempts are refused — even with the right password — until a lock ends.
///
/// The lock doubles with each further failure, from `firstLock` up to `longestLock`, so a
/// person who mistypes is barely slowed and a guessing program is stopped.
public struct SignInThrottle: Sendable {
    public let failuresBeforeLock: Int
    public let firstLock: TimeInterval
    public let longestLock: TimeInterval

    public init(failuresBeforeLock: Int = 5, firstLock: TimeInterval = 60, longestLock: TimeInterval = 3600) {
        self.failuresBeforeLock = failuresBeforeLock
        self.firstLock = firstLock
        self.longestLock = longestLock
    }

    /// When the lock that follows `failures` consecutive failures, the last at `lastFailure`,
    /// ends; nil when there is no lock.
    public func lockedUntil(failures: Int, lastFailure: Date) -> Date? {
        guard failures >= failuresBeforeLock else { return nil }
        let doublings = min(failures - failuresBeforeLock, 30)
        let lock = min(firstLock * pow(2, Double(doublings)), longestLock)
        return lastFailure.addingTimeInterval(lock)
    }

    /// Whether an attempt at `now` may be checked at all.
    public func mayAttempt(failures: Int, lastFailure: Date?, now: Date) -> Bool {
        guard let lastFailure, let until = lockedUntil(failures: failures, lastFailure: lastFailure) else {
            return true
        }
        return now >= until
    }
}
