@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import XCTest
import XCTVapor

/// A scorecard of one business plan's indicators, and a partnership's councils side by side.
final class PlanAndPartnershipScorecardTests: BeaconTestCase {
    func testAPlansScorecardShowsOnlyThePlansIndicators() async throws {
        let plan = try await XCTUnwrapAsync(await BusinessPlan.query(on: app.db).filter(\.$publishedRevision != nil)
            .filter(\.$year == 2026).first())
        XCTAssertFalse(plan.indicatorIDs.isEmpty)
        let query = [("period", "2026-27-q2"), ("plan", plan.id!.uuidString)]
        let csv = try await get(SiteURL.scorecard(council: "wrenmoor", format: .csv).path(query: query))
        let codes = try await Indicator.query(on: app.db).filter(\.$id ~~ plan.indicatorIDs).all().map(\.code).sorted()
        let rows = try csvLines(csv.body.string).dropFirst().map { $0[0] }.sorted()
        XCTAssertEqual(rows, codes, "the plan's indicators and no others")
        let page = try await get(SiteURL.scorecard(council: "wrenmoor", format: .html).path(query: query))
        let unit = try await XCTUnwrapAsync(await Unit.find(plan.unitID, on: app.db))
        XCTAssertTrue(page.body.string.contains("Scorecard: \(unit.name) business plan 2026/27, 2026/27 Q2"))
        let planPage = try await get(SiteURL.plan(council: "wrenmoor", .id(plan.id!)).path)
        XCTAssertTrue(planPage.body.string.contains("plan=\(plan.id!.uuidString)"), "the plan links its scorecard")

        let elsewhere = try await get(SiteURL.scorecard(council: "castlebeck", format: .csv)
            .path(query: [("plan", plan.id!.uuidString)]))
        XCTAssertEqual(try csvLines(elsewhere.body.string).count, 1, "another council's plan picks nothing")
    }

    func testAPartnershipsScorecardPutsItsCouncilsSharedIndicatorsSideBySide() async throws {
        let partnership = try await XCTUnwrapAsync(await Partnership.query(on: app.db).first())
        let path = SiteURL.partnershipScorecard(council: "wrenmoor", .id(partnership.id!)).path
        let page = try await get(path + "?period=2025-26")
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        XCTAssertTrue(html.contains(#"<th scope="col">Castlebeck Borough Council</th>"#))
        XCTAssertTrue(html.contains(#"<th scope="col">Wrenmoor District Council</th>"#))
        let castlebeck = try await record(Council.self, where: \.$slug, is: "castlebeck")
        let theirs = try await Indicator.query(on: app.db).filter(\.$councilID == castlebeck.id!).all().map(\.code)
        let rows = html.matches(of: #/<tr><th scope="row">/#).count
        XCTAssertEqual(rows, Set(theirs).count, "every code Castlebeck shares with Wrenmoor, once")
        let scorecard = try await get(SiteURL.scorecard(council: "wrenmoor", format: .html).path)
        XCTAssertTrue(scorecard.body.string.contains(path), "the council's scorecard links the partnership's")
        let other = try await get(SiteURL.partnershipScorecard(council: "castlebeck", .id(partnership.id!)).path)
        XCTAssertEqual(other.status, .ok, "read from either partner")
    }

    func testAPartnershipScorecardRefusesWhatItCannotShow() async throws {
        let partnership = try await XCTUnwrapAsync(await Partnership.query(on: app.db).first())
        let unknown = try await get(SiteURL.partnershipScorecard(council: "wrenmoor", .id(UUID())).path)
        XCTAssertEqual(unknown.status, .notFound)
        let badPeriod = try await get(SiteURL.partnershipScorecard(council: "wrenmoor", .id(partnership.id!)).path
            + "?period=someday")
        XCTAssertEqual(badPeriod.status, .badRequest)
        XCTAssertTrue(badPeriod.body.string.contains("Choose a period like 2026-27-q2."))
    }
}
