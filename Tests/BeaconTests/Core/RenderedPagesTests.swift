@testable import Beacon
import NIOCore
import NIOHTTP1
import XCTest

/// Readers who ask for a page while it is being drawn wait for that one drawing.
final class RenderedPagesTests: XCTestCase {
    private let address = "/councils/wrenmoor/scorecard"

    private func page(_ text: String, etag: String = "\"7-100\"") -> RenderedPages.Page {
        RenderedPages.Page(etag: etag, headers: ["Content-Type": "text/html"], body: ByteBuffer(string: text))
    }

    private func body(_ turn: RenderedPages.Turn) -> String? {
        guard case .send(let page) = turn else { return nil }
        return String(buffer: page.body)
    }

    /// Starts `count` readers of the page and returns once all of them are waiting.
    private func waitingReaders(_ count: Int, on pages: RenderedPages,
                                etag: String) async -> [Task<RenderedPages.Turn, Never>] {
        let address = address
        let readers = (0..<count).map { _ in Task { await pages.turn(at: address, etag: etag) } }
        while pages.waiters(at: address, etag: etag) < count { await Task.yield() }
        return readers
    }

    func testTheFirstReaderDrawsAndTheOthersAreSentItsPage() async {
        let pages = RenderedPages(limit: 10)

        let first = await pages.turn(at: address, etag: "\"7-100\"")
        let readers = await waitingReaders(3, on: pages, etag: "\"7-100\"")
        pages.finish(at: address, etag: "\"7-100\"", with: page("drawn once"))

        guard case .draw = first else { return XCTFail("the first reader draws, got \(first)") }
        for reader in readers {
            let turn = await reader.value
            XCTAssertEqual(body(turn), "drawn once")
        }
        let later = await pages.turn(at: address, etag: "\"7-100\"")
        XCTAssertEqual(body(later), "drawn once", "and it is kept")
        guard case .draw = await pages.turn(at: address, etag: "\"8-100\"") else {
            return XCTFail("a page drawn for another version is not sent")
        }
    }

    func testWhenTheDrawingGivesNothingToKeepEachWaiterDrawsForItself() async {
        let pages = RenderedPages(limit: 10)

        _ = await pages.turn(at: address, etag: "\"7-100\"")
        let readers = await waitingReaders(2, on: pages, etag: "\"7-100\"")
        pages.finish(at: address, etag: "\"7-100\"", with: nil)

        for reader in readers {
            guard case .drawAlone = await reader.value else { return XCTFail("a waiter draws for itself") }
        }
        guard case .draw = await pages.turn(at: address, etag: "\"7-100\"") else {
            return XCTFail("nothing was kept, so the next reader draws")
        }
    }

    func testWithNothingKeptEveryReaderDrawsAlone() async {
        let pages = RenderedPages(limit: 0)

        let first = await pages.turn(at: address, etag: "\"7-100\"")
        let second = await pages.turn(at: address, etag: "\"7-100\"")

        guard case .drawAlone = first, case .drawAlone = second else { return XCTFail("got \(first), \(second)") }
    }

    func testWhenFullEveryPageIsLetGo() async {
        let pages = RenderedPages(limit: 2)
        for (index, address) in ["/a", "/b", "/c"].enumerated() {
            _ = await pages.turn(at: address, etag: "\"1-1\"")
            pages.finish(at: address, etag: "\"1-1\"", with: page("page \(index)", etag: "\"1-1\""))
        }

        guard case .draw = await pages.turn(at: "/a", etag: "\"1-1\"") else { return XCTFail("/a was let go") }
        let last = await pages.turn(at: "/c", etag: "\"1-1\"")
        XCTAssertEqual(body(last), "page 2")
    }
}
