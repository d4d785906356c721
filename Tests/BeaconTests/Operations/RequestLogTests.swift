@testable import Beacon
import Fluent
import Foundation
import Logging
import Vapor
import XCTest
import XCTVapor

/// One JSON line per request, with its id, and never a password or a person's details.
final class RequestLogTests: BeaconTestCase {
    /// Keeps what is logged, as JSON lines.
    private final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [String] = []
        func add(_ line: String) { lock.withLock { kept.append(line) } }
        var all: [String] { lock.withLock { kept } }
    }

    private func capture() -> Lines {
        let lines = Lines()
        var logger = Logger(label: "beacon.tests") { label in
            JSONLogHandler(label: label, logLevel: .notice, write: { lines.add($0) })
        }
        logger.logLevel = .notice
        app.logger = logger
        return lines
    }

    private func objects(_ lines: Lines) throws -> [[String: Any]] {
        try lines.all.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
            .filter { $0["message"] as? String == "request" }
    }

    func testEachRequestLogsOneLineWithItsIdRouteStatusAndUser() async throws {
        let lines = capture()
        let browser = try await signIn(DemoData.administratorEmail)
        let page = try await get(SiteURL.home.path + "?q=Jane%20Smith", as: browser)
        let missing = try await get("/no-such-page")

        let requests = try objects(lines)
        let last = try XCTUnwrap(requests.last)
        let home = try XCTUnwrap(requests.dropLast().last)
        XCTAssertEqual(home["route"] as? String, "/")
        XCTAssertEqual(home["status"] as? Int, 200)
        XCTAssertEqual(home["method"] as? String, "GET")
        XCTAssertEqual(home["request_id"] as? String, page.headers.first(name: .xRequestId))
        XCTAssertNotNil(home["duration_ms"] as? Double)
        let admin = try await User.query(on: app.db).filter(\.$email == DemoData.administratorEmail).first()
        XCTAssertEqual(home["user_id"] as? String, try XCTUnwrap(admin?.id?.uuidString))
        XCTAssertEqual(last["route"] as? String, "unmatched")
        XCTAssertEqual(last["status"] as? Int, 404)
        XCTAssertNil(last["user_id"])
        XCTAssertEqual(last["request_id"] as? String, missing.headers.first(name: .xRequestId))
        let everything = lines.all.joined(separator: "\n")
        XCTAssertFalse(everything.contains(DemoData.password), "a password never reaches the log")
        XCTAssertFalse(everything.contains(DemoData.administratorEmail))
        XCTAssertFalse(everything.contains("Jane"), "nor a query, which can carry a name")
    }

    func testAProxysRequestIdIsKeptWhenPlainAndReplacedOtherwise() async throws {
        let plain = try await get(SiteURL.health.path, headers: ["X-Request-Id": "lb-7f3a.42_x"])
        let odd = try await get(SiteURL.health.path, headers: ["X-Request-Id": "has spaces \"and quotes\""])
        let long = try await get(SiteURL.health.path, headers: ["X-Request-Id": String(repeating: "a", count: 65)])
        let none = try await get(SiteURL.health.path)

        XCTAssertEqual(plain.headers.first(name: .xRequestId), "lb-7f3a.42_x")
        for response in [odd, long, none] {
            let id = try XCTUnwrap(response.headers.first(name: .xRequestId))
            XCTAssertNotNil(UUID(uuidString: id), "a new id, not \(id)")
        }
        XCTAssertEqual(RequestRecording.requestID(offered: String(repeating: "b", count: 64)),
                       String(repeating: "b", count: 64))
    }

    func testALogLineIsJSONWithNumbersAsNumbersAndTheClocksTime() throws {
        let event = LogEvent(level: .notice, message: "request", metadata: ["status": .stringConvertible(201),
            "duration_ms": .stringConvertible(2.5), "route": .string("/a/\"b\"")], source: "Beacon",
            file: "F.swift", function: "f", line: 9)
        let line = JSONLogHandler.line(event: event, label: "beacon", metadata: ["request_id": .string("r1")],
                                       at: Date(timeIntervalSince1970: 1_795_602_600))

        XCTAssertEqual(line, #"{"duration_ms":2.5,"level":"notice","logger":"beacon","message":"request","#
                       + #""request_id":"r1","route":"/a/\"b\"","status":201,"time":"2026-11-25T10:30:00.000Z"}"#)
        XCTAssertFalse(line.contains("\n"))
    }
}
