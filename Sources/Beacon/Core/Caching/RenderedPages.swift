import NIOConcurrencyHelpers
import Vapor

/// Public pages as last drawn, by address, each with the ETag it was drawn for: a page asked
/// for again while its council's data and the minute are unchanged is sent as it was, which
/// is what lets a burst of readers (a local paper linking the scorecard) cost one drawing a
/// minute. At most `limit` pages are kept; when full, all are let go at once, which keeps the
/// memory bounded (a page is tens of kilobytes) without bookkeeping on every request.
final class RenderedPages: Sendable {
    struct Page: Sendable {
        let etag: String
        let headers: HTTPHeaders
        let body: ByteBuffer
    }

    private let kept = NIOLockedValueBox<[String: Page]>([:])
    let limit: Int

    init(limit: Int = 500) {
        self.limit = limit
    }

    /// The page kept for this address, if it was drawn for this ETag.
    func page(at address: String, etag: String) -> Page? {
        kept.withLockedValue { pages in pages[address].flatMap { $0.etag == etag ? $0 : nil } }
    }

    func keep(_ page: Page, at address: String) {
        guard limit > 0 else { return }
        kept.withLockedValue { pages in
            if pages.count >= limit, pages[address] == nil { pages.removeAll(keepingCapacity: true) }
            pages[address] = page
        }
    }
}
