import Crypto
import Vapor

/// The token every form that writes carries (`_csrf`), checked on the server. A signed-in
/// browser's token is kept in its session; a visitor's (the sign-in form is the only form the
/// public sees) in a cookie of its own, compared with the form's copy, so reading the sign-in
/// page stores nothing. JSON clients using a session send it as `X-CSRF-Token`; clients using
/// an API key need none, because a key is never sent by a browser on its own.
enum CSRFToken {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"
    /// The cookie holding a visitor's token.
    static let visitorCookie = "beacon-form"
    private static let sessionKey = "csrf"

    private struct NewVisitorToken: StorageKey { typealias Value = String }
    private struct TokenShown: StorageKey { typealias Value = Bool }

    /// Whether the response to this request carries a form token: a page that does is the
    /// reader's own and must never be kept for, or validated for, anyone else.
    static func wasShown(_ request: Request) -> Bool { request.storage[TokenShown.self] ?? false }

    /// The token for the forms on this page: the session's (made on first use) for someone
    /// signed in with a session, else the visitor's cookie, made if there is none yet.
    static func current(for request: Request) -> String {
        request.storage[TokenShown.self] = true
        if request.signedIn.map({ !$0.viaAPIKey }) == true {
            if let token = request.session.data[sessionKey] { return token }
            let token = fresh()
            request.session.data[sessionKey] = token
            return token
        }
        if let token = visitorToken(request) { return token }
        let token = request.storage[NewVisitorToken.self] ?? fresh()
        request.storage[NewVisitorToken.self] = token
        return token
    }

    /// A fresh token after signing in, so a token seen before sign-in is no use after it.
    static func renew(for request: Request) {
        request.session.data[sessionKey] = fresh()
    }

    static func verify(_ request: Request) throws {
        try verify(request, sent: request.headers.first(name: header) ?? (try? request.content.get(String.self, at: field)))
    }

    /// Checks a token read from a body Beacon parsed itself (a streamed upload).
    static func verify(_ request: Request, sent: String?) throws {
        let session = request.hasSessionCookie ? request.session.data[sessionKey] : nil
        guard let expected = session ?? visitorToken(request), let sent,
              Data(sent.utf8).withUnsafeBytes({ sentBytes in
                  Data(expected.utf8).withUnsafeBytes { safeCompare($0, sentBytes) }
              })
        else {
            throw Abort(.forbidden, reason: "This form has expired or did not come from Beacon. Go back, reload the page and try again.")
        }
    }

    /// Sets the visitor's cookie when this request made their token.
    static func setCookie(on response: Response, for request: Request) {
        guard let token = request.storage[NewVisitorToken.self] else { return }
        response.cookies[visitorCookie] = HTTPCookies.Value(string: token, path: "/", isSecure: CookiePolicy.secure,
                                                            isHTTPOnly: true, sameSite: .strict)
    }

    private static func visitorToken(_ request: Request) -> String? {
        guard let token = request.cookies[visitorCookie]?.string, token.utf8.count == 44 else { return nil }
        return token
    }

    private static func fresh() -> String { [UInt8].random(count: 32).base64String() }

    private static func safeCompare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<a.count { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// Whether cookies are marked `Secure`: when Beacon is reached over HTTPS, as
/// `BEACON_PUBLIC_URL` says, or when `BEACON_SECURE_COOKIES=1` says so behind a proxy.
enum CookiePolicy {
    static var secure: Bool {
        Environment.get("BEACON_SECURE_COOKIES") == "1"
            || (Environment.get("BEACON_PUBLIC_URL") ?? "").lowercased().hasPrefix("https://")
    }
}

/// Sets a visitor's form token cookie on the response of the page that made the token.
struct VisitorTokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        CSRFToken.setCookie(on: response, for: request)
        return response
    }
}
