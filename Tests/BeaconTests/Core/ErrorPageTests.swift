@testable import Beacon
import Fluent
import XCTVapor

final class ErrorPageTests: BeaconTestCase {
    func testBrowsersGetAnErrorPageAndAPIClientsGetJSON() async throws {
        let page = try await get("/no-such-page")
        let json = try await get("/no-such-page", headers: ["Accept": "application/json"])
        let api = try await api(.GET, "/api/v1/no-such-thing", key: nil)

        XCTAssertEqual(page.status, .notFound)
        XCTAssertEqual(page.headers.contentType, .html)
        XCTAssertTrue(page.body.string.contains("<h1>Page not found</h1>"))
        XCTAssertEqual(json.status, .notFound)
        XCTAssertEqual(try decode(ErrorBody.self, json).error.code, 404)
        XCTAssertEqual(api.status, .notFound)
    }

    func testAnUnexpectedErrorIsA500WithoutItsDetails() async throws {
        struct Secret: Error {}
        app.get("boom") { _ -> String in throw Secret() }

        let page = try await get("/boom")
        let json = try await get("/boom", headers: ["Accept": "application/json"])

        XCTAssertEqual(page.status, .internalServerError)
        XCTAssertTrue(page.body.string.contains("Sorry, there is a problem with the service"))
        XCTAssertFalse(page.body.string.contains("Secret"))
        XCTAssertEqual(try decode(ErrorBody.self, json).error.code, 500)
    }

    func testEachStatusHasAPlainTitle() {
        let titles = [400, 403, 404, 409, 422, 500].map { ErrorPage(status: .init(statusCode: $0), message: "", fields: [:]).title }

        XCTAssertEqual(titles, ["The request could not be understood", "You do not have permission to do this", "Page not found",
                                "This could not be saved", "Some of what was entered needs correcting",
                                "Sorry, there is a problem with the service"])
    }

    func testTheLayoutHasLandmarksASkipLinkAndTheSignedInUser() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let page = try await get(SiteURL.admin.path, as: admin).body.string

        XCTAssertTrue(page.contains(##"<a class="skip-link" href="#main">Skip to main content</a>"##))
        XCTAssertTrue(page.contains(#"<main id="main""#))
        XCTAssertTrue(page.contains(#"<nav aria-label="Main">"#))
        XCTAssertTrue(page.contains("<footer"))
        XCTAssertTrue(page.contains("Wrenmoor District Council"))
        XCTAssertTrue(page.contains("Signed in as admin@wrenmoor.example"))
        XCTAssertTrue(page.contains(#"media="print""#))
    }
}
