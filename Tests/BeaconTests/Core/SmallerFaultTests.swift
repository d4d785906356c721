@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// The smaller faults found when Beacon was first tried as an attacker would (December 2026).
final class SmallerFaultTests: BeaconTestCase {
    func testAnImportWhoseProcessStoppedShowsAsStoppedPartWayNotRunning() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        let now = app.clock.now()
        let silent = try await importRun(council, startedAt: now.addingTimeInterval(-600), heartbeat: now.addingTimeInterval(-121))
        let alive = try await importRun(council, startedAt: now.addingTimeInterval(-600), heartbeat: now.addingTimeInterval(-5))

        let silentPage = try await get(SiteURL.contactImport(council: "wrenmoor", .id(silent.id!)).path, as: performance)
        let alivePage = try await get(SiteURL.contactImport(council: "wrenmoor", .id(alive.id!)).path, as: performance)

        XCTAssertEqual(silentPage.status, .ok)
        XCTAssertTrue(silentPage.body.string.contains("Stopped part-way"))
        XCTAssertTrue(silentPage.body.string.contains("import the same file again to finish"))
        XCTAssertFalse(silentPage.body.string.contains("http-equiv=\"refresh\""), "a stopped import is not watched")
        XCTAssertTrue(alivePage.body.string.contains("Running"))
        XCTAssertFalse(alivePage.body.string.contains("Stopped part-way"))
    }

    private func importRun(_ council: Council, startedAt: Date, heartbeat: Date) async throws -> ContactImportRun {
        let run = ContactImportRun()
        run.councilID = try council.requireID()
        run.source = "telephony"
        run.fileName = "calls.csv"
        run.startedAt = startedAt
        run.heartbeatAt = heartbeat
        run.totalRows = 1_000
        run.rowsRead = 400
        run.inserted = 400
        run.duplicates = 0
        run.rejected = 0
        run.problems = ""
        try await run.create(on: app.db)
        return run
    }

    func testOnlyTheStylesheetsThemselvesAreServedAndAsCSS() async throws {
        let sheet = try await get(SiteURL.stylesheet.path)
        let disguised = try await get(SiteURL.stylesheet.path + "%00.js")
        let traversal = try await get("/css/..%2F..%2FPackage.swift")

        XCTAssertEqual(sheet.status, .ok)
        XCTAssertEqual(sheet.headers.contentType, .css)
        XCTAssertEqual(disguised.status, .notFound)
        XCTAssertNotEqual(disguised.headers.contentType, .init(type: "application", subType: "javascript"))
        XCTAssertEqual(traversal.status, .notFound)
    }

    func testCookiesAreSecureWhenThePublicAddressIsHTTPS() async throws {
        let plain = try await app.testable().sendRequest(.GET, SiteURL.signIn.path)
        XCTAssertFalse(plain.headers[.setCookie].joined().contains("Secure"))

        setenv("BEACON_PUBLIC_URL", "https://beacon.wrenmoor.example", 1)
        defer { unsetenv("BEACON_PUBLIC_URL") }
        try await restartBeacon()
        let secure = try await app.testable().sendRequest(.GET, SiteURL.signIn.path)
        let browser = try await signIn(DemoData.administratorEmail)

        XCTAssertTrue(secure.headers[.setCookie].joined().contains("Secure"), "the form token's cookie")
        XCTAssertTrue(browser.cookie.contains("beacon-session"))
        let signedIn = try await post(SiteURL.signIn.path, ["email": DemoData.administratorEmail, "password": DemoData.password],
                                      as: try await visit(.signIn))
        let sessionCookie = signedIn.headers[.setCookie].first { $0.hasPrefix("beacon-session=") } ?? ""
        XCTAssertTrue(sessionCookie.contains("Secure"), sessionCookie)
    }

    func testATitleThatLooksLikeAFormulaIsTextInTheOpenDataCSV() async throws {
        let indicator = try await self.indicator("BV 8")
        indicator.title = "=HYPERLINK(\"http://evil.example\",\"Click\")"
        try await indicator.save(on: app.db)

        let csv = try await get(SiteURL.indicatorList(council: "wrenmoor", format: .csv).path)

        XCTAssertEqual(csv.status, .ok)
        XCTAssertTrue(csv.body.string.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\""), csv.body.string)
        XCTAssertFalse(csv.body.string.contains(",\"=HYPERLINK"))
        XCTAssertFalse(csv.body.string.contains(",=HYPERLINK"))
    }
}
