import BeaconDomain
import Fluent
import Vapor

/// The count of failed sign-ins for each email address, kept so that attempts made at the same
/// moment are counted one by one. An attempt is counted as a failure before its password is
/// checked, in a write of its own (writes queue, so racing attempts each see the count before
/// them), and the count is cleared if the password was right: forty wrong passwords sent at
/// once are forty failures, and only the first few are checked at all.
enum SignInAttempts {
    enum Claim: Equatable {
        case mayCheck
        case locked(until: Date)
    }

    static func claim(_ email: String, now: Date, throttle: SignInThrottle, on db: Database) async throws -> Claim {
        try await db.write { tx in
            let row = try await SignInFailure.query(on: tx).filter(\.$email == email).first()
                ?? SignInFailure(email: email, failures: 0, at: now)
            if let until = throttle.lockedUntil(failures: row.failures, lastFailure: row.lastFailureAt), now < until {
                return .locked(until: until)
            }
            row.failures += 1
            row.lastFailureAt = now
            try await row.save(on: tx)
            return .mayCheck
        }
    }

    /// The password was right: the count starts again.
    static func succeeded(_ email: String, on db: Database) async throws {
        try await db.write { tx in try await SignInFailure.query(on: tx).filter(\.$email == email).delete() }
    }
}
