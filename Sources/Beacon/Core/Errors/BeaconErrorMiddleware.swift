import FluentKit
import Vapor

/// Turns every error into a page for browsers or a JSON error for API clients, with a status
/// and a message a person can act on. Unexpected errors are logged and shown as a 500 without
/// their details.
struct BeaconErrorMiddleware: AsyncMiddleware {
    let environment: Environment

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return response(for: error, to: request)
        }
    }

    private func response(for error: Error, to request: Request) -> Response {
        let (status, message, fields) = describe(error, request: request)
        // Signing in does not open the metrics address: it needs the operator's token.
        if status == .unauthorized, !request.wantsJSON, request.method == .GET,
           request.url.path != SiteURL.metrics.path {
            return request.redirect(to: SiteURL.signIn.path(query: [("next", request.url.string)]))
        }
        let response: Response
        if request.wantsJSON {
            let body = ErrorBody(error: .init(code: Int(status.code), message: message, fields: fields))
            response = Response(status: status)
            try? response.content.encode(body, as: .json)
        } else {
            let page = ErrorPage(status: status, message: message, fields: fields)
            response = Layout.response(page.render(in: request.layoutContext), status: status)
        }
        return response
    }

    static let clashMessage = "This could not be saved because it clashes with another record "
        + "(the same name, code or number is already used). Reload the page and try again."

    private func describe(_ error: Error, request: Request) -> (HTTPResponseStatus, String, [String: String]) {
        switch error {
        case let failed as ValidationFailed:
            return (failed.status, failed.reason, Dictionary(failed.problems.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a }))
        case let abort as AbortError:
            return (abort.status, abort.reason, [:])
        case let clash as any DatabaseError where clash.isConstraintFailure:
            // Writes are serialised, so a clash is a true duplicate (or a record deleted under
            // this one): the person can act on it, so it is theirs to see, not a server fault.
            request.logger.notice("Refused a write that broke a database constraint: \(clash)")
            return (.conflict, Self.clashMessage, [:])
        default:
            request.logger.report(error: error)
            return (.internalServerError, "Something went wrong on our side. The problem has been logged; please try again later.", [:])
        }
    }
}
