@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// The target form and the public pages' parameters: refusals and bad input.
final class TargetAndScorecardInputTests: BeaconTestCase {
    func targetURL(_ indicator: Indicator, _ period: ReportingPeriod) -> String {
        SiteURL.indicatorTarget(council: "wrenmoor", .id(indicator.id!), period: period.key).path
    }

    func testOnlyAPerformanceOfficerSetsTargets() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let head = try await signIn("head.customer@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")
        let lpi4 = try await indicator("LPI 4")
        let next = ReportingPeriod(containing: today, kind: .quarter)
        let existing = try await XCTUnwrapAsync(await IndicatorTarget.query(on: app.db).filter(\.$indicatorID == lpi4.id!)
            .filter(\.$period == next).first())

        let byOfficer = try await post(targetURL(lpi4, next), ["target": "70", "version": "\(existing.version)"], as: officer)
        let byHead = try await post(targetURL(lpi4, next), ["target": "70", "version": "\(existing.version)"], as: head)
        let formForOfficer = try await get(targetURL(lpi4, next), as: officer)
        let officersPage = try await get(SiteURL.indicator(council: "wrenmoor", .id(lpi4.id!), format: .html).path, as: officer)
        let saved = try await post(targetURL(lpi4, next), ["target": "78", "tolerance": "2", "version": "\(existing.version)"], as: performance)

        XCTAssertEqual(byOfficer.status, .forbidden)
        XCTAssertEqual(byHead.status, .forbidden)
        XCTAssertEqual(formForOfficer.status, .forbidden)
        XCTAssertTrue(officersPage.body.string.contains("Enter values"))
        XCTAssertFalse(officersPage.body.string.contains("Set target"))
        XCTAssertEqual(saved.status, .seeOther)
        let now = try await XCTUnwrapAsync(await IndicatorTarget.find(existing.id, on: app.db))
        XCTAssertEqual(now.value, "78")
        XCTAssertEqual(now.tolerance, "2")
    }

    func testBadTargetsAreRefusedWithAMessage() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let bv82a = try await indicator("BV 82a"), lpi9 = try await indicator("LPI 9"), lpi6 = try await indicator("LPI 6")
        let quarter = ReportingPeriod(label: "2021/22 Q1")!, year = ReportingPeriod.year(2021)

        let words = try await post(targetURL(bv82a, quarter), ["target": "forty", "version": "1"], as: performance)
        let tolerance = try await post(targetURL(bv82a, quarter), ["target": "40", "tolerance": "lots", "version": "1"], as: performance)
        let band = try await post(targetURL(lpi9, year), ["target": "12 to 8", "version": "1"], as: performance)
        let dataOnly = try await get(targetURL(lpi6, quarter), as: performance)

        XCTAssertEqual(words.status, .unprocessableEntity)
        XCTAssertTrue(words.body.string.contains("Enter a number, like 87.5"))
        XCTAssertTrue(tolerance.body.string.contains("Enter a percentage like 5% or an amount like 2.5"))
        XCTAssertTrue(band.body.string.contains("The lower end of the band must come first"))
        XCTAssertEqual(dataOnly.status, .conflict)
    }

    func testPublicPagesRefuseUnknownPeriodsAndIndicators() async throws {
        let scorecard = try await get(SiteURL.scorecard(council: "wrenmoor", format: .html).path(query: [("period", "Spring")]))
        let earlier = try await get(SiteURL.scorecard(council: "wrenmoor", format: .csv).path(query: [("period", "2023/24 Q2")]))
        let unknown = try await get(SiteURL.indicator(council: "wrenmoor", .id(UUID()), format: .html).path)
        let otherCouncil = try await get(SiteURL.indicator(council: "castlebeck", .id(try await indicator("BV 8").id!), format: .html).path)
        let entry = try await get(periodURL(try await indicator("BV 8"), ReportingPeriod(label: "2023/24 Q2")!))

        XCTAssertEqual(scorecard.status, .badRequest)
        XCTAssertTrue(scorecard.body.string.contains("Choose a period like 2024/25 Q2."))
        XCTAssertEqual(earlier.status, .ok)
        XCTAssertTrue(csvRows(earlier.body.string).contains { $0["period"] == "2023/24 Q2" })
        XCTAssertEqual(unknown.status, .notFound)
        XCTAssertEqual(otherCouncil.status, .notFound)
        XCTAssertEqual(entry.status, .seeOther, "the public is sent to sign in")
    }
}
