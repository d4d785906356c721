import NIOPosix
import Vapor

/// Passwords are kept only as bcrypt hashes. The cost is 12 unless `BEACON_BCRYPT_COST`
/// says otherwise (the tests use 4 so they run quickly; never lower it in production).
/// bcrypt is slow on purpose, so it runs on NIO's thread pool, never on an event loop that
/// serves other requests.
enum PasswordHash {
    static var cost: Int {
        let asked = Environment.get("BEACON_BCRYPT_COST").flatMap(Int.init) ?? 12
        return min(31, max(4, asked))
    }

    /// Checked when the email is unknown, so a wrong email takes as long as a wrong password.
    private static let decoy = Result { try Bcrypt.hash("not a real password, only for timing", cost: cost) }

    static func make(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    /// Whether the password matches the hash; with no hash, checks a decoy and answers no.
    static func matches(_ password: String, _ hash: String?) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive {
            let matched = try Bcrypt.verify(password, created: hash ?? decoy.get())
            return hash != nil && matched
        }
    }
}
