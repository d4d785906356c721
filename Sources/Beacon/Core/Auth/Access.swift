import BeaconDomain
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

    static let signedIn = Access.action { _ in .readDirectory }
    static let administer = Access.action { .administer(council: $0.councilID) }

    var description: String {
        switch self {
        case .published: "published"
        case .action: "action"
        case .record: "record"
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
            if method != .GET, method != .HEAD, request.signedIn?.viaAPIKey != true {
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
