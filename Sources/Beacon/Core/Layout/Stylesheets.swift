import Crypto
import Vapor

/// Beacon's three stylesheets, read from the bundle once and served by name. Only these
/// addresses serve a file, always as `text/css`, so no other path can reach the disk or be
/// served under another type (Vapor's `FileMiddleware` served `/css/beacon.css%00.js` as
/// JavaScript).
enum Stylesheets {
    static func register(on app: Application) throws {
        for url in [SiteURL.stylesheet, .printStylesheet, .planStylesheet] {
            let name = url.pathComponents.map(\.description).joined(separator: "/")
            guard let file = Bundle.module.url(forResource: "Public/\(name)", withExtension: nil) else {
                throw Abort(.internalServerError, reason: "The stylesheet \(name) is missing from Beacon's bundle.")
            }
            let body = try Data(contentsOf: file)
            let tag = "\"" + SHA256.hash(data: body).prefix(8).map { String(format: "%02x", $0) }.joined() + "\""
            app.route(.GET, url, access: .published) { request in
                var headers: HTTPHeaders = ["ETag": tag, "Cache-Control": "public, max-age=3600"]
                guard request.headers.first(name: .ifNoneMatch) != tag else {
                    return Response(status: .notModified, headers: headers)
                }
                headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
                return Response(status: .ok, headers: headers, body: .init(data: body))
            }
        }
    }
}
