import BeaconDomain
import Crypto
import Fluent
import SQLKit
import Vapor

/// Who a request acts for, as worked out from its session or API key.
struct SignedIn: Sendable {
    let actor: Actor
    let userID: UUID?
    let apiKeyID: UUID?
    /// How the audit trail and the page header name them.
    let label: String
    let councilName: String
    /// The council's short name, for its pages' addresses.
    let councilSlug: String
    /// The member this user is, for councillors.
    var councillorID: UUID? = nil

    var viaAPIKey: Bool { apiKeyID != nil }
}

extension Request {
    private struct SignedInKey: StorageKey { typealias Value = SignedIn }

    var signedIn: SignedIn? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    /// The signed-in actor, or a 401 that sends a browser to the sign-in page.
    func requireSignedIn() throws -> SignedIn {
        guard let signedIn else { throw Abort(.unauthorized, reason: "Sign in to continue.") }
        return signedIn
    }

    /// Asks the access policy, and refuses with 401 or 403 unless it allows.
    func require(_ action: Action) throws {
        switch AccessPolicy.decide(signedIn?.actor, action) {
        case .allowed: return
        case .signInRequired: throw Abort(.unauthorized, reason: "Sign in to continue.")
        case .refused(let reason): throw Abort(.forbidden, reason: reason)
        }
    }
}

/// Reads the session cookie or the `Authorization: Bearer` API key and records who is acting.
struct ActorMiddleware: AsyncMiddleware {
    static let sessionUserKey = "user"

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        // The metrics address takes the operator's token (`Access.operatorToken`), not an API key.
        if let bearer = request.headers.bearerAuthorization, request.url.path != SiteURL.metrics.path {
            request.signedIn = try await Self.signedIn(apiKey: bearer.token, on: request.db)
            guard request.signedIn != nil else {
                throw Abort(.unauthorized, reason: "The API key is not recognised or has been revoked.")
            }
        } else if request.hasSessionCookie, let text = request.session.data[Self.sessionUserKey], let id = UUID(uuidString: text) {
            request.signedIn = try await Self.signedIn(userID: id, on: request.db)
            if request.signedIn == nil { request.session.destroy() }
        }
        return try await next.respond(to: request)
    }

    static func signedIn(userID: UUID, on db: Database) async throws -> SignedIn? {
        guard let user = try await actingUser(userID, on: db), user.closedOn == nil,
              let council = try await councilNames(user.councilID, on: db) else { return nil }
        let scope = try await unitScope(for: user, on: db)
        let actor = Actor(role: user.role, councilID: user.councilID, unitScope: scope, personID: user.personID)
        return SignedIn(actor: actor, userID: user.id, apiKeyID: nil, label: user.email, councilName: council.name, councilSlug: council.slug,
                        councillorID: user.role == .councillor ? user.councillorID : nil)
    }

    static func signedIn(apiKey: String, on db: Database) async throws -> SignedIn? {
        let hash = APIKeyHash.of(apiKey)
        guard let key = try await APIKey.query(on: db).filter(\.$keyHash == hash).filter(\.$revokedAt == nil).first(),
              let council = try await councilNames(key.councilID, on: db) else { return nil }
        let actor = Actor(role: key.role, councilID: key.councilID)
        return SignedIn(actor: actor, userID: nil, apiKeyID: key.id, label: "API key \(key.name)", councilName: council.name, councilSlug: council.slug)
    }

    /// The user with what the middleware needs of them (not the password's hash, say), read
    /// with SQLKit: Fluent would reflect on the whole model, on every signed-in request.
    private static func actingUser(_ id: UUID, on db: Database) async throws -> User? {
        guard let sql = db as? SQLDatabase else { return try await User.find(id, on: db) }
        guard let row = try await sql.select()
            .columns("council_id", "email", "role", "unit_id", "person_id", "councillor_id", "closed_on")
            .from(User.schema).where("id", .equal, id).first() else { return nil }
        let user = User()
        user.id = id
        user.councilID = try row.decode(column: "council_id", as: UUID.self)
        user.email = try row.decode(column: "email", as: String.self)
        user.role = try row.code("role", in: User.self)
        user.unitID = try row.decode(column: "unit_id", as: UUID?.self)
        user.personID = try row.decode(column: "person_id", as: UUID?.self)
        user.councillorID = try row.decode(column: "councillor_id", as: UUID?.self)
        user.closedOn = try row.optionalCode("closed_on", in: User.self)
        return user
    }

    /// The council's name and short name, all that is shown of it on every signed-in page: read
    /// alone, as making the whole council (dozens of settings) cost more than the rest of a page.
    private static func councilNames(_ id: UUID, on db: Database) async throws -> (name: String, slug: String)? {
        guard let sql = db as? SQLDatabase else { return try await Council.find(id, on: db).map { ($0.name, $0.slug) } }
        let row = try await sql.select().columns("name", "slug").from(Council.schema).where("id", .equal, id).first()
        return try row.map { row in
            (try row.decode(column: "name", as: String.self), try row.decode(column: "slug", as: String.self))
        }
    }

    private static func unitScope(for user: User, on db: Database) async throws -> Set<UUID> {
        guard user.role.isUnitScoped, let unitID = user.unitID else { return [] }
        guard user.role == .headOfUnit else { return [unitID] }
        return try await UnitTree.of(council: user.councilID, on: db).unitAndDescendants(of: unitID)
    }
}

/// API keys are long random strings, so one fast hash is enough (unlike passwords).
enum APIKeyHash {
    static func of(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A new key: a short prefix people can recognise in a list, and a secret.
    static func newKey() -> (key: String, prefix: String) {
        let prefix = String([UInt8].random(count: 4).map { String(format: "%02x", $0) }.joined())
        let secret = [UInt8].random(count: 32).base64String()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return ("bk_\(prefix)_\(secret)", prefix)
    }
}
