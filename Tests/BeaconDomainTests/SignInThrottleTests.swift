import BeaconDomain
import Foundation
import Testing

@Suite("Sign-in throttle")
struct SignInThrottleTests {
    let throttle = SignInThrottle(failuresBeforeLock: 5, firstLock: 60, longestLock: 3600)
    let last = Date(timeIntervalSince1970: 1_000_000)

    @Test("four failures do not lock; the fifth locks for a minute")
    func firstLock() {
        #expect(throttle.lockedUntil(failures: 4, lastFailure: last) == nil)
        #expect(throttle.lockedUntil(failures: 5, lastFailure: last) == last.addingTimeInterval(60))
    }

    @Test("the lock doubles with each further failure, up to an hour",
          arguments: [(6, 120.0), (7, 240.0), (10, 1920.0), (11, 3600.0), (40, 3600.0)])
    func doubling(failures: Int, seconds: Double) {
        #expect(throttle.lockedUntil(failures: failures, lastFailure: last) == last.addingTimeInterval(seconds))
    }

    @Test("an attempt is allowed exactly when the lock ends, not a second before")
    func boundary() {
        #expect(!throttle.mayAttempt(failures: 5, lastFailure: last, now: last.addingTimeInterval(59)))
        #expect(throttle.mayAttempt(failures: 5, lastFailure: last, now: last.addingTimeInterval(60)))
        #expect(throttle.mayAttempt(failures: 0, lastFailure: nil, now: last))
    }
}
