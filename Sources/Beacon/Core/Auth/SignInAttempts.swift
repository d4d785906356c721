import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// The count of failed sign-ins for each email address, kept so that attempts made at the same
/// moment are counted one by one. An attempt is counted as a failure before its password is
/// checked (a conditional update that only one of several racing attempts can win at each
/// count) and the count is cleared if the password was right, so forty wrong passwords sent at
/// once are forty failures, and only the first few are checked at all.
enum SignInAttempts {
    enum Claim: Equatable {
        case mayCheck
        case locked(until: Date)
    }

    static func claim(_ email: String, now: Date, throttle: SignInThrottle, on db: Database) async throws -> Claim {
        guard let sql = db as? SQLDatabase else { throw Abort(.internalServerError, reason: "Beacon needs an SQL database.") }
        try await sql.insert(into: SignInFailure.schema)
            .columns("id", "email", "failures", "last_failure_at")
            .values(SQLBind(UUID()), SQLBind(email), SQLBind(0), SQLBind(now))
            .ignoringConflicts(with: ["email"])
            .run()
        // Each round either wins the next count or sees that another attempt did; a round is a
        // few milliseconds, so the bound is only there so that nothing can loop for ever.
        for _ in 0..<200 {
            guard let row = try await SignInFailure.query(on: db).filter(\.$email == email).first() else { continue }
            if let until = throttle.lockedUntil(failures: row.failures, lastFailure: row.lastFailureAt), now < until {
                return .locked(until: until)
            }
            let won = try await sql.update(SignInFailure.schema)
                .set("failures", to: SQLBind(row.failures + 1))
                .set("last_failure_at", to: SQLBind(now))
                .where("email", .equal, SQLBind(email))
                .where("failures", .equal, SQLBind(row.failures))
                .returning("id")
                .all()
            if !won.isEmpty { return .mayCheck }
        }
        return .locked(until: now.addingTimeInterval(throttle.firstLock))
    }

    /// The password was right: the count starts again.
    static func succeeded(_ email: String, on db: Database) async throws {
        try await SignInFailure.query(on: db).filter(\.$email == email).delete()
    }
}
