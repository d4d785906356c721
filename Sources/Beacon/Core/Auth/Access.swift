import BeaconDomain
import Crypto
import Foundation
import Vapor

/// What a route requires before its handler runs. Every route is registered with one (see
/// `RoutesBuilder.route`), and a test checks that no route is without it.
enum Access: Sendable, CustomStringConvertible {
    /// Anyone, signed in or not.
    case published
    /// An action worked out from the signed-in actor, such as administering their council.
    case action(@Sendable (Actor) -> Action)
    /// Any signed-in user; the handler then checks the record it loads against the policy
    /// (for example, a person in the officer's own unit).
    case record
    /// A monitoring system holding the operator's token (`BEACON_METRICS_TOKEN`, sent as a bearer
    /// token); no one signs in. Without the setting the route answers 404.
    case operatorToken
    /// An Open311 client: it sends the council's API key as `api_key` in the form, checked by
    /// the handler so that a refusal is in Open311's format. No form token is asked for, as a
    /// key is never sent by a browser on its own.
    case open311Client

    static let signedIn = Access.action { _ in .readDirectory }
    static let administer = Access.action { .administer(council: $0.councilID) }

    var description: String {
        switch self {
        case .published: "published"
        case .action: "action"
        case .record: "record"
        case .operatorToken: "operator token"
        case .open311Client: "Open311 client"
        }
    }

    func check(_ request: Request) throws {
        switch self {
        case .published: return
        case .action(let action):
            let signedIn = try request.requireSignedIn()
            try request.require(action(signedIn.actor))
        case .record:
            _ = try request.requireSignedIn()
        case .operatorToken:
            try Self.checkOperatorToken(request)
        case .open311Client:
            return
        }
    }
}

extension Access {
    var isOpen311Client: Bool {
        if case .open311Client = self { return true }
        return false
    }

    private static func checkOperatorToken(_ request: Request) throws {
        guard let expected = request.application.metricsToken, !expected.isEmpty else {
            throw Abort(.notFound, reason: "Metrics are off: set BEACON_METRICS_TOKEN to turn them on.")
        }
        // Digests compare in constant time, so the answer's timing does not tell the token.
        guard let given = request.headers.bearerAuthorization?.token,
              SHA256.hash(data: Data(given.utf8)) == SHA256.hash(data: Data(expected.utf8)) else {
            throw Abort(.unauthorized, reason: "Send the metrics token as Authorization: Bearer.")
        }
    }
}

extension Route {
    static let accessKey = "beacon.access"

    /// The access a route was registered with; nil only for a route registered around the rule.
    var access: Access? { userInfo[Self.accessKey] as? Access }
}

extension RoutesBuilder {
    /// Registers a route with its access rule. The size of its form (`FormLimits`), the rule,
    /// and for writes made with a session cookie the CSRF token too, are checked before the
    /// handler runs.
    @discardableResult
    func route<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ url: SiteURL, access: Access, body: HTTPBodyStreamStrategy = .collect,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let route = on(method, url.pathComponents, body: body) { request -> Response in
            try FormLimits.check(request)
            try access.check(request)
            if method != .GET, method != .HEAD, request.signedIn?.viaAPIKey != true, !access.isOpen311Client {
                try CSRFToken.verify(request)
            }
            // Commands deep in the handler read the time through `BeaconClock.current`.
            return try await BeaconClock.$current.withValue(request.application.clock) {
                try await handler(request)
            }
        }
        route.userInfo[Route.accessKey] = access
        return route
    }

    /// Registers a POST route that streams a multipart upload to a temporary file. The access
    /// rule is checked first; the form's token once the fields are read, and the file is
    /// discarded if it does not match. The handler owns the file from then on.
    @discardableResult
    func upload<Response: AsyncResponseEncodable>(
        _ url: SiteURL, access: Access, use handler: @Sendable @escaping (Request, StreamedUpload) async throws -> Response
    ) -> Route {
        let route = on(.POST, url.pathComponents, body: .stream) { request -> Response in
            try FormLimits.check(request)
            try access.check(request)
            let upload = try await StreamedUpload.receive(request)
            do {
                try CSRFToken.verify(request, sent: upload.fields[CSRFToken.field])
            } catch {
                upload.discard()
                throw error
            }
            return try await BeaconClock.$current.withValue(request.application.clock) {
                try await handler(request, upload)
            }
        }
        route.userInfo[Route.accessKey] = access
        return route
    }
}
