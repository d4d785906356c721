@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// What the public sees, downloads, the scorecard, and importing files.
final class PublishingAndImportTests: BeaconTestCase {
    func unverifiedValue() async throws -> (IndicatorValue, Indicator) {
        let value = try await XCTUnwrapAsync(await IndicatorValue.query(on: app.db).filter(\.$verifiedAt == nil)
            .filter(\.$kind == ValueKind.actual).filter(\.$value != nil).first())
        return (value, try await XCTUnwrapAsync(await Indicator.find(value.indicatorID, on: app.db)))
    }

    func testThePublicNeverSeesAnUnverifiedValueInPagesOrDownloads() async throws {
        let (value, indicator) = try await unverifiedValue()
        let label = try XCTUnwrap(value.period).label
        let shown = indicator.format(try XCTUnwrap(value.measure(unit: indicator.unit)))

        let csv = try await get(SiteURL.indicator(council: "wrenmoor", .id(indicator.id!), format: .csv).path)
        let json = try await get(SiteURL.indicator(council: "wrenmoor", .id(indicator.id!), format: .json).path)
        let list = try await get(SiteURL.indicatorList(council: "wrenmoor", format: .csv).path)
        let page = try await get(SiteURL.indicator(council: "wrenmoor", .id(indicator.id!), format: .html).path)
        let staff = try await get(SiteURL.indicator(council: "wrenmoor", .id(indicator.id!), format: .csv).path,
                                  as: try await signIn("agent@wrenmoor.example"))
        let councillor = try await get(SiteURL.indicator(council: "wrenmoor", .id(indicator.id!), format: .csv).path,
                                       as: try await signIn("councillor@wrenmoor.example"))

        XCTAssertEqual(csvRows(csv.body.string).first { $0["period"] == label }?["actual"], "")
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [[String: Any]])
        XCTAssertTrue(try XCTUnwrap(objects.first { $0["period"] as? String == label })["actual"] is NSNull)
        XCTAssertNotEqual(csvRows(list.body.string).first { $0["code"] == indicator.code }?["actual"], value.value)
        XCTAssertFalse(page.body.string.contains(">\(shown)<"), "the page does not show \(shown)")
        XCTAssertEqual(csvRows(staff.body.string).first { $0["period"] == label }?["actual"], indicator.unit.inputText(value.measure(unit: indicator.unit)!))
        XCTAssertEqual(csvRows(councillor.body.string).first { $0["period"] == label }?["actual"], "")
    }

    func testTheWholeCouncilScorecardShowsEveryStatusWithTrends() async throws {
        let response = try await get(SiteURL.scorecard(council: "wrenmoor", format: .html).path)

        XCTAssertEqual(response.status, .ok)
        let html = response.body.string
        for status in RAGStatus.allCases { XCTAssertTrue(html.contains("status status-\(status.rawValue)"), status.rawValue) }
        XCTAssertTrue(html.contains("<svg class=\"sparkline\""))
        XCTAssertTrue(html.contains("aria-label=\"Trend: "))
    }

    func testAnIndicatorPageHasAChartWithADataTableAndABenchmark() async throws {
        let bv12 = try await indicator("BV 12")

        let response = try await get(SiteURL.indicator(council: "wrenmoor", .id(bv12.id!), format: .html).path)

        let html = response.body.string
        XCTAssertTrue(html.contains("<svg class=\"chart\""))
        XCTAssertTrue(html.contains("aria-labelledby=\"chart-title\""))
        XCTAssertTrue(html.contains("<caption class=\"visually-hidden\">Values, targets and status of BV 12"))
        XCTAssertTrue(html.contains("Ranked "), "Castlebeck also reports BV 12")
    }

    func testTheListFiltersByStatusAndScope() async throws {
        let red = try await get(SiteURL.indicatorList(council: "wrenmoor", format: .csv).path(query: [("status", "red")]))
        let local = try await get(SiteURL.indicatorList(council: "wrenmoor", format: .json).path(query: [("scope", "local")]))

        let rows = csvRows(red.body.string)
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { $0["status"] == "red" })
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(local.body.readableBytesView)) as? [[String: Any]])
        XCTAssertTrue(objects.allSatisfy { $0["scope"] as? String == "local" })
    }

    func testAMalformedFileIsReportedRowByRowAndChangesNothing() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let before = try await IndicatorValue.query(on: app.db).count()
        let url = SiteURL.indicatorImport(council: "wrenmoor").path

        let wrongColumns = try await post(url, ["csv": "code,period,value\nBV 8,2024/25 Q1,90\n"], as: officer)
        let badRows = try await post(url, ["csv": "code,period,actual\nBV 8,2024/25 Q1,90\nBV 8,2024/25 Q2,ninety\nXX 1,2024/25,1\nBV 8,2024/25 Q1,91\n"], as: officer)
        let confirmedAnyway = try await post(url, ["csv": "code,period,actual\nBV 8,2024/25 Q2,ninety\n", "confirm": "yes"], as: officer)

        XCTAssertEqual(wrongColumns.status, .unprocessableEntity)
        XCTAssertTrue(wrongColumns.body.string.contains("The column “value” is not one Beacon reads"))
        XCTAssertEqual(badRows.status, .unprocessableEntity)
        XCTAssertTrue(badRows.body.string.contains("3 rows would be rejected"))
        XCTAssertTrue(badRows.body.string.contains("<td>3</td><td>BV 8 2024/25 Q2: actual “ninety” cannot be read"))
        XCTAssertTrue(badRows.body.string.contains("<td>4</td><td>There is no indicator with the code “XX 1”.</td>"))
        XCTAssertTrue(badRows.body.string.contains("<td>5</td><td>Repeats BV 8 for 2024/25 Q1, already given on line 2.</td>"))
        XCTAssertEqual(confirmedAnyway.status, .unprocessableEntity)
        let after = try await IndicatorValue.query(on: app.db).count()
        XCTAssertEqual(before, after)
    }

    func testAGoodFileIsCheckedThenImportedOnConfirmation() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let url = SiteURL.indicatorImport(council: "wrenmoor").path
        let bv82a = try await indicator("BV 82a")
        let period = latestPeriod(bv82a)
        let file = "code,period,actual,target,commentary\n\(bv82a.code),\(period.label),38.5,40,From the waste contractor\n"

        let dryRun = try await post(url, ["csv": file], as: officer)
        let unchanged = try await values(of: bv82a).filter { $0.period == period }
        let confirmed = try await post(url, ["csv": file, "confirm": "yes"], as: officer)

        XCTAssertEqual(dryRun.status, .ok)
        XCTAssertTrue(dryRun.body.string.contains("Confirm and import 1 row"))
        XCTAssertTrue(unchanged.isEmpty)
        XCTAssertEqual(confirmed.status, .seeOther)
        let saved = try await values(of: bv82a).first { $0.period == period }
        XCTAssertEqual(saved?.value, "38.5")
        XCTAssertEqual(saved?.status, .amber)
    }

    func testOnlyAPerformanceOfficerImports() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")

        let page = try await get(SiteURL.indicatorImport(council: "wrenmoor").path, as: officer)
        let post = try await post(SiteURL.indicatorImport(council: "wrenmoor").path, ["csv": "code,period\n"], as: officer)

        XCTAssertEqual(page.status, .forbidden)
        XCTAssertEqual(post.status, .forbidden)
    }
}
