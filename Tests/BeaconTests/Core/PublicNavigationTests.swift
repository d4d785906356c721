@testable import Beacon
import Foundation
import XCTest
import XCTVapor

/// Visitors who are not signed in get the council's own navigation on its pages.
final class PublicNavigationTests: BeaconTestCase {
    private func navigation(_ html: String) throws -> String {
        let start = try XCTUnwrap(html.range(of: #"<nav aria-label="Main">"#))
        let end = try XCTUnwrap(html.range(of: "</nav>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    func testACouncilsPagesOfferItsPublicPagesToVisitors() async throws {
        let page = try await get(SiteURL.decisionList(council: "wrenmoor").path)
        let nav = try navigation(page.body.string)

        for url in [SiteURL.planList(council: "wrenmoor"), .indicatorList(council: "wrenmoor", format: .html),
                    .scorecard(council: "wrenmoor", format: .html), .meetingList(council: "wrenmoor"),
                    .reportList(council: "wrenmoor"), .report(council: "wrenmoor")] {
            XCTAssertTrue(nav.contains(#"href="\#(url.path)""#), "the navigation links \(url.path)")
        }
        let home = try navigation(try await get(SiteURL.home.path).body.string)
        XCTAssertFalse(home.contains("/councils/"), "the home page is no council's")
        let made = try navigation(try await get("/councils/Not%20A%20Council/decisions").body.string)
        XCTAssertFalse(made.contains("/councils/"), "a made-up short name gets no links")
        let officer = try await signIn("performance@wrenmoor.example")
        let register = try await get(SiteURL.decisionList(council: "wrenmoor").path, as: officer)
        let signedIn = try navigation(register.body.string)
        XCTAssertTrue(signedIn.contains("Service centre"))
        XCTAssertFalse(signedIn.contains("Report a problem"))
    }
}
