import Crypto
import Vapor

/// The token every form that writes carries (`_csrf`), tied to the browser's session and
/// checked on the server. JSON clients using a session send it as `X-CSRF-Token`; clients
/// using an API key need none, because a key is never sent by a browser on its own.
enum CSRFToken {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"
    private static let sessionKey = "csrf"

    /// The session's token, made on first use.
    static func current(for request: Request) -> String {
        if let token = request.session.data[sessionKey] { return token }
        let token = [UInt8].random(count: 32).base64String()
        request.session.data[sessionKey] = token
        return token
    }

    /// A fresh token after signing in, so a token seen before sign-in is no use after it.
    static func renew(for request: Request) {
        request.session.data[sessionKey] = [UInt8].random(count: 32).base64String()
    }

    static func verify(_ request: Request) throws {
        try verify(request, sent: request.headers.first(name: header) ?? (try? request.content.get(String.self, at: field)))
    }

    /// Checks a token read from a body Beacon parsed itself (a streamed upload).
    static func verify(_ request: Request, sent: String?) throws {
        guard let expected = request.session.data[sessionKey], let sent,
              Data(sent.utf8).withUnsafeBytes({ sentBytes in
                  Data(expected.utf8).withUnsafeBytes { safeCompare($0, sentBytes) }
              })
        else {
            throw Abort(.forbidden, reason: "This form has expired or did not come from Beacon. Go back, reload the page and try again.")
        }
    }

    private static func safeCompare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<a.count { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
