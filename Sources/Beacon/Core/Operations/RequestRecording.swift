import Vapor

/// The outermost middleware: gives each request an id (a sane `X-Request-Id` from a proxy, or a
/// new one) sent back as a header, counts it for `/metrics`, and logs one line when it is
/// answered: id, method, route pattern, status, duration and the user's or API key's id. Never
/// the address, the query, a form or a header, which can carry a name, a reference or a password.
struct RequestRecording: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let id = Self.requestID(offered: request.headers.first(name: .xRequestId))
        request.logger[metadataKey: "request-id"] = .string(id)
        let started = ContinuousClock.now
        BeaconMetrics.requestsInFlight.increment()
        defer { BeaconMetrics.requestsInFlight.decrement() }
        do {
            let response = try await next.respond(to: request)
            response.headers.replaceOrAdd(name: .xRequestId, value: id)
            record(request, id: id, status: response.status, after: ContinuousClock.now - started)
            return response
        } catch {
            // Only an error from before Beacon's error middleware gets here; Vapor answers it.
            let status = (error as? any AbortError)?.status ?? .internalServerError
            record(request, id: id, status: status, after: ContinuousClock.now - started)
            throw error
        }
    }

    /// The proxy's id when it is a plain token of at most 64 characters, else a new one, so
    /// nothing odd reaches the log or a response header.
    static func requestID(offered: String?) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        if let offered, (1...64).contains(offered.count), offered.allSatisfy(allowed.contains) { return offered }
        return UUID().uuidString
    }

    /// The route's pattern, such as `/councils/:council/requests/:id`; "unmatched" for a 404.
    static func routePattern(_ request: Request) -> String {
        guard let route = request.route else { return "unmatched" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }

    private func record(_ request: Request, id: String, status: HTTPResponseStatus, after duration: Duration) {
        let route = Self.routePattern(request)
        BeaconMetrics.answered(method: request.method.rawValue, route: route, status: status.code, after: duration)
        let milliseconds = Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
        var metadata: Logger.Metadata = [
            "request_id": .string(id), "method": .string(request.method.rawValue), "route": .string(route),
            "status": .stringConvertible(Int(status.code)),
            "duration_ms": .stringConvertible((milliseconds * 10).rounded() / 10),
        ]
        if let user = request.signedIn?.userID { metadata["user_id"] = .string(user.uuidString) }
        if let key = request.signedIn?.apiKeyID { metadata["api_key_id"] = .string(key.uuidString) }
        request.application.logger.notice("request", metadata: metadata)
    }
}
