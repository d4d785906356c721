import Vapor

/// Passwords are kept only as bcrypt hashes. The cost is 12 unless `BEACON_BCRYPT_COST`
/// says otherwise (the tests use 4 so they run quickly; never lower it in production).
enum PasswordHash {
    static var cost: Int {
        let asked = Environment.get("BEACON_BCRYPT_COST").flatMap(Int.init) ?? 12
        return min(31, max(4, asked))
    }

    static func make(_ password: String) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }

    static func matches(_ password: String, _ hash: String) throws -> Bool {
        try Bcrypt.verify(password, created: hash)
    }
}
