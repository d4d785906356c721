@testable import Beacon
import BeaconDomain
import Fluent
import SQLKit
import XCTVapor

/// Public pages carry validators from their council's data version; a copy still current is
/// answered with 304, a write makes it stale, and signed-in pages are never kept for others.
final class PublicPageCachingTests: BeaconTestCase {
    private let scorecard = "/councils/wrenmoor/scorecard"

    private func closeUnit(_ name: String, as email: String) async throws {
        let admin = try await signIn(email)
        let unit = try await record(Unit.self, where: \.$name, is: name)
        let response = try await post(SiteURL.close(.units, .id(unit.id!)).path, ["version": String(unit.version)],
                                      as: admin)
        XCTAssertEqual(response.status, .seeOther, "closing \(name)")
    }

    /// The tests' instant as HTTP writes a date, worked out here rather than by Beacon.
    private func httpDate(_ instant: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: instant)
    }

    /// The count of changes an ETag like `"812-29403510"` carries; the tag ends with the minute.
    private func changes(in tag: String?) throws -> Int {
        let text = try XCTUnwrap(tag)
        XCTAssertTrue(text.hasSuffix("-\(Int(now.timeIntervalSince1970) / 60)\""), "the tag names the minute: \(text)")
        return try XCTUnwrap(Int(text.dropFirst().prefix { $0 != "-" }))
    }

    func testAPublicPageCarriesValidatorsAndMayBeKeptBriefly() async throws {
        let page = try await get(scorecard)

        XCTAssertEqual(page.status, .ok)
        XCTAssertEqual(page.headers.first(name: .cacheControl), "public, max-age=60")
        XCTAssertEqual(page.headers.first(name: .vary), "Cookie")
        // The demo's values were recorded (and counted) at the tests' instant.
        XCTAssertGreaterThan(try changes(in: page.headers.first(name: .eTag)), 100)
        XCTAssertEqual(page.headers.first(name: .lastModified), httpDate(now))
    }

    func testACopyStillCurrentIsAnsweredWithNotModifiedAndNoPage() async throws {
        let first = try await get(scorecard)
        let tag = try XCTUnwrap(first.headers.first(name: .eTag))

        let again = try await get(scorecard, headers: ["If-None-Match": tag])
        let bySince = try await get(scorecard, headers: ["If-Modified-Since": httpDate(now)])
        let olderCopy = try await get(scorecard, headers: ["If-Modified-Since": httpDate(now.addingTimeInterval(-1))])

        XCTAssertEqual(again.status, .notModified)
        XCTAssertEqual(again.body.readableBytes, 0)
        XCTAssertEqual(again.headers.first(name: .eTag), tag)
        XCTAssertEqual(bySince.status, .notModified)
        XCTAssertEqual(olderCopy.status, .ok)
        XCTAssertGreaterThan(olderCopy.body.readableBytes, 1000)
    }

    func testAWriteToTheCouncilMakesItsPagesStaleButNotAnotherCouncils() async throws {
        let wrenmoorBefore = try await get(scorecard).headers.first(name: .eTag)
        let castlebeckBefore = try await get("/councils/castlebeck/indicators").headers.first(name: .eTag)
        let homeBefore = try await get("/").headers.first(name: .eTag)

        try await closeUnit("Housing Services", as: DemoData.administratorEmail)

        let stale = try await get(scorecard, headers: ["If-None-Match": try XCTUnwrap(wrenmoorBefore)])
        XCTAssertEqual(stale.status, .ok, "the old copy is stale after a write")
        XCTAssertEqual(try changes(in: stale.headers.first(name: .eTag)), try changes(in: wrenmoorBefore) + 1,
                       "closing a unit is one change")
        let castlebeck = try await get("/councils/castlebeck/indicators",
                                       headers: ["If-None-Match": try XCTUnwrap(castlebeckBefore)])
        XCTAssertEqual(castlebeck.status, .notModified, "another council's pages did not change")
        let home = try await get("/")
        XCTAssertNotEqual(home.headers.first(name: .eTag), homeBefore, "the list of councils follows every council")
    }

    func testSignedInPagesAreKeptForThatPersonOnlyAndAlwaysChecked() async throws {
        let officer = try await signIn("performance@wrenmoor.example")

        let page = try await get(scorecard, as: officer)
        let publicCopy = try await get(scorecard)
        let tag = try XCTUnwrap(publicCopy.headers.first(name: .eTag))
        let named = try await get(scorecard, as: officer, headers: ["If-None-Match": tag])

        XCTAssertEqual(page.status, .ok)
        XCTAssertEqual(page.headers.first(name: .cacheControl), "private, no-cache")
        XCTAssertNil(page.headers.first(name: .eTag))
        XCTAssertEqual(named.status, .ok, "a public copy's tag never stands for what a signed-in person sees")
    }

    func testPagesThatSetACookieOrAreNotFoundAreNotValidated() async throws {
        let signIn = try await get(SiteURL.signIn.path)
        let missing = try await get("/councils/nowhere/scorecard")

        XCTAssertEqual(signIn.status, .ok)
        XCTAssertNil(signIn.headers.first(name: .eTag), "the sign-in form sets the visitor's form cookie")
        XCTAssertEqual(missing.status, .notFound)
        XCTAssertNil(missing.headers.first(name: .eTag))
    }

    func testAPageIsDrawnOncePerDataVersionAndMinuteThenSentAsDrawn() async throws {
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        let first = try await get("/councils/castlebeck/indicators")
        // A change made behind Beacon's back is not counted, so the page drawn before it is sent again.
        try await sql.update(Council.schema).set("name", to: "Castlebeck Renamed Council")
            .where("slug", .equal, "castlebeck").run()
        let kept = try await get("/councils/castlebeck/indicators")

        XCTAssertEqual(kept.body.string, first.body.string)
        XCTAssertFalse(kept.body.string.contains("Castlebeck Renamed Council"))
        XCTAssertEqual(kept.headers.first(name: .eTag), first.headers.first(name: .eTag))

        try await closeUnit("Resident Services", as: "admin@castlebeck.example")
        let drawnAgain = try await get("/councils/castlebeck/indicators")

        XCTAssertTrue(drawnAgain.body.string.contains("Castlebeck Renamed Council"),
                      "a counted change draws the page again")
    }

    func testAPublicPageWithAFormTokenIsKeptForNoOneElse() async throws {
        // No public council page shows a form yet; one that did would carry the visitor's token.
        app.get("councils", "wrenmoor", "form-for-visitors") { request in CSRFToken.current(for: request) }
        let visitor = try await visit(.signIn)

        let first = try await get("/councils/wrenmoor/form-for-visitors", as: visitor)
        let otherToken = String(repeating: "b", count: 44)
        let other = try await get("/councils/wrenmoor/form-for-visitors",
                                  headers: ["Cookie": "\(CSRFToken.visitorCookie)=\(otherToken)"])

        XCTAssertEqual(first.body.string, visitor.token)
        XCTAssertNil(first.headers.first(name: .eTag))
        XCTAssertEqual(first.headers.first(name: .cacheControl), "private, no-cache")
        XCTAssertEqual(other.body.string, otherToken, "another visitor gets their own token, not the first's")
    }
}
