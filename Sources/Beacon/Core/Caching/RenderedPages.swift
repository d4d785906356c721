import NIOConcurrencyHelpers
import Vapor

/// Public pages as last drawn, by address, each with the ETag it was drawn for: a page asked
/// for again while its council's data and the minute are unchanged is sent as it was, which
/// is what lets a burst of readers (a local paper linking the scorecard) cost one drawing a
/// minute. Readers who ask while the page is being drawn wait for that drawing rather than
/// each drawing it too, so a burst's first second costs one drawing, not one per reader.
/// At most `limit` pages are kept; when full, all are let go at once, which keeps the memory
/// bounded (a page is tens of kilobytes) without bookkeeping on every request. With a limit
/// of 0 nothing is kept and nobody waits: every page is drawn afresh.
final class RenderedPages: Sendable {
    struct Page: Sendable {
        let etag: String
        let headers: HTTPHeaders
        let body: ByteBuffer
    }

    /// What a request for a page is to do.
    enum Turn: Sendable {
        /// Send this page, drawn for the ETag asked for.
        case send(Page)
        /// Draw the page, then call `finish` whatever happens: others may be waiting for it.
        case draw
        /// Draw the page for yourself: the drawing waited for gave nothing that could be kept.
        case drawAlone
    }

    private struct Drawing: Hashable {
        let address: String
        let etag: String
    }

    private struct State {
        var pages: [String: Page] = [:]
        var waiting: [Drawing: [CheckedContinuation<Turn, Never>]] = [:]
    }

    private let state = NIOLockedValueBox(State())
    let limit: Int

    init(limit: Int = 500) {
        self.limit = limit
    }

    /// The page kept for this address if it was drawn for this ETag; else, if another request
    /// is drawing it, the page that request draws; else `.draw`.
    func turn(at address: String, etag: String) async -> Turn {
        guard limit > 0 else { return .drawAlone }
        return await withCheckedContinuation { (waiter: CheckedContinuation<Turn, Never>) in
            let now: Turn? = state.withLockedValue { state in
                if let page = state.pages[address], page.etag == etag { return .send(page) }
                let drawing = Drawing(address: address, etag: etag)
                if state.waiting[drawing] != nil {
                    state.waiting[drawing, default: []].append(waiter)
                    return nil
                }
                state.waiting[drawing] = []
                return .draw
            }
            if let now { waiter.resume(returning: now) }
        }
    }

    /// How many requests wait for this drawing: for tests, which must know the waiters are in.
    func waiters(at address: String, etag: String) -> Int {
        state.withLockedValue { $0.waiting[Drawing(address: address, etag: etag)]?.count ?? 0 }
    }

    /// Ends a drawing begun on `.draw`: keeps the page if there is one and hands it to those waiting.
    func finish(at address: String, etag: String, with page: Page?) {
        let waiters = state.withLockedValue { state in
            if let page {
                if state.pages.count >= limit, state.pages[address] == nil {
                    state.pages.removeAll(keepingCapacity: true)
                }
                state.pages[address] = page
            }
            return state.waiting.removeValue(forKey: Drawing(address: address, etag: etag)) ?? []
        }
        let turn: Turn = page.map { .send($0) } ?? .drawAlone
        for waiter in waiters { waiter.resume(returning: turn) }
    }
}
