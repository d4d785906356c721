import Foundation
import Vapor

/// Lets browsers and proxies keep public pages for a short while and check them cheaply. A
/// signed-out `GET` of the home page or of a council's pages (`/councils/<short name>/…`) that
/// answers 200 without setting a cookie carries an `ETag` and `Last-Modified` made from the
/// council's data version (`DataVersion`) and the minute, and `Cache-Control: public,
/// max-age=60`. A request naming the current ETag (or a time not before Last-Modified) gets
/// `304 Not Modified`, and a page already drawn for the current ETag is sent again from
/// `RenderedPages` rather than drawn again (or, while another request is drawing it, waited
/// for). Whatever a signed-in person sees is `private,
/// no-cache`: it is theirs alone and always checked.
struct PublicPageCaching: AsyncMiddleware {
    static let maxAge = 60
    let pages: RenderedPages

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD else { return try await next.respond(to: request) }
        if request.signedIn != nil || request.hasSessionCookie {
            let response = try await next.respond(to: request)
            if !response.headers.contains(name: .cacheControl) {
                response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
            }
            return response
        }
        guard let validators = try await Validators.of(request) else { return try await next.respond(to: request) }
        if validators.match(request.headers) {
            let response = Response(status: .notModified)
            validators.stamp(response)
            return response
        }
        let address = request.url.string
        switch await pages.turn(at: address, etag: validators.etag) {
        case .send(let kept):
            let response = Response(status: .ok, headers: kept.headers, body: .init(buffer: kept.body))
            validators.stamp(response)
            return response
        case .drawAlone:
            return try await draw(request, next, validators).response
        case .draw:
            var drawn: RenderedPages.Page?
            // Whatever happens, those waiting for this drawing are let go.
            defer { pages.finish(at: address, etag: validators.etag, with: drawn) }
            let response: Response
            (response, drawn) = try await draw(request, next, validators)
            return response
        }
    }

    /// The page drawn, and what of it may be kept for others: nothing when it is not a plain
    /// public page.
    private func draw(_ request: Request, _ next: AsyncResponder,
                      _ validators: Validators) async throws -> (response: Response, page: RenderedPages.Page?) {
        let response = try await next.respond(to: request)
        if CSRFToken.wasShown(request) {
            // A form's token is this visitor's alone.
            response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
            return (response, nil)
        }
        guard response.status == .ok, !response.headers.contains(name: .setCookie) else { return (response, nil) }
        let page = request.method == .GET ? response.body.buffer.map {
            RenderedPages.Page(etag: validators.etag, headers: response.headers, body: $0)
        } : nil
        validators.stamp(response)
        return (response, page)
    }
}

/// A public page's ETag and Last-Modified.
struct Validators: Equatable {
    let etag: String
    let lastModified: Date

    /// The validators of the page asked for, or nil when it is not a public page Beacon validates.
    static func of(_ request: Request) async throws -> Validators? {
        let parts = request.url.path.split(separator: "/", omittingEmptySubsequences: true)
        let stamp: DataVersion.Stamp?
        if parts.isEmpty {
            stamp = try await DataVersion.stampOfAll(on: request.db)
        } else if parts.count >= 2, parts[0] == "councils" {
            stamp = try await DataVersion.stamp(slug: String(parts[1]), on: request.db)
        } else {
            return nil
        }
        guard let stamp else { return nil }
        // Some of what a page shows changes with the clock alone (a notice's representations close
        // at a set time; values turn overdue at midnight), so a page is current for its minute only.
        let minute = Int((request.now.timeIntervalSince1970 / 60).rounded(.down))
        let minuteStart = Date(timeIntervalSince1970: Double(minute) * 60)
        let lastModified = max(stamp.changedAt ?? minuteStart, minuteStart)
        return Validators(etag: "\"\(stamp.version)-\(minute)\"", lastModified: lastModified)
    }

    /// Whether the request's copy is this one: its ETag named, or (naming none) not older.
    func match(_ headers: HTTPHeaders) -> Bool {
        if let named = headers.first(name: .ifNoneMatch) {
            return named.split(separator: ",").contains { tag in
                let trimmed = tag.trimmingCharacters(in: .whitespaces)
                return trimmed == "*" || trimmed == etag || trimmed == "W/" + etag
            }
        }
        guard let text = headers.first(name: .ifModifiedSince) else { return false }
        // Vapor reads HTTP dates for Last-Modified; If-Modified-Since is written the same way.
        var parsing = HTTPHeaders()
        parsing.replaceOrAdd(name: .lastModified, value: text)
        guard let since = parsing.lastModified?.value else { return false }
        return Int(lastModified.timeIntervalSince1970) <= Int(since.timeIntervalSince1970)
    }

    func stamp(_ response: Response) {
        response.headers.replaceOrAdd(name: .eTag, value: etag)
        response.headers.lastModified = HTTPHeaders.LastModified(lastModified)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(PublicPageCaching.maxAge)")
        response.headers.replaceOrAdd(name: .vary, value: "Cookie")
    }
}
