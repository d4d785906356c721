@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Each request that stopped the whole server in December 2026 (a forced unwrap on a year out
/// of range) is now refused with a 4xx that says what to send, and the server goes on.
final class SupportedYearsRequestTests: ServiceCentreTestCase {
    func testAScorecardForYearZeroIsABadRequestForTheSignedOutPublic() async throws {
        for format in [ExportFormat.html, .json] {
            let response = try await get(SiteURL.scorecard(council: "wrenmoor", format: format).path(query: [("period", "0000-01")]))

            XCTAssertEqual(response.status, .badRequest, "\(format)")
            XCTAssertTrue(response.body.string.contains("Choose a period like 2024/25 Q2."), response.body.string)
        }
        let health = try await get(SiteURL.health.path)
        XCTAssertEqual(health.status, .ok)
    }

    func testAComplaintsReportForAYearOutOfRangeIsABadRequest() async throws {
        let performance = try await signIn("performance@wrenmoor.example")

        for year in ["0000-01", "0001-02", "2201-02"] {
            let response = try await get(SiteURL.complaintReport(council: "wrenmoor").path(query: [("year", year)]), as: performance)

            XCTAssertEqual(response.status, .badRequest, year)
        }
        let inRange = try await get(SiteURL.complaintReport(council: "wrenmoor").path(query: [("year", "2025-26")]), as: performance)
        XCTAssertEqual(inRange.status, .ok)
    }

    func testAStaffingWeekInYearOneIsABadRequest() async throws {
        let performance = try await signIn("performance@wrenmoor.example")

        let response = try await get(SiteURL.staffing(council: "wrenmoor").path(query: [("week", "0001-01-01")]), as: performance)

        XCTAssertEqual(response.status, .badRequest)
        XCTAssertTrue(response.body.string.contains("1900 to 2200"), response.body.string)
    }

    func testAMeetingStartingInYearOneIsRefusedWithAMessage() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let councilID = try await council.requireID()
        let committee = try await XCTUnwrapAsync(await Committee.query(on: app.db).filter(\.$councilID == councilID).first())

        let response = try await post(SiteURL.list(.meetings).path,
                                      ["committee": committee.id!.uuidString, "startsAt": "0001-01-01T10:00", "place": "Hall"], as: staff)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("Enter the date and time of the meeting"), response.body.string)
    }

    func testAnIndicatorFirstCollectedInYearOneIsRefusedWithAMessage() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        let form = ["code": "Y 1", "title": "Year one", "purpose": "Testing", "definition": "Counted", "scope": "local",
                    "unit": "number", "decimalPlaces": "0", "polarity": "higher_is_better", "frequency": "annual",
                    "owningUnitID": unit.uuidString, "dataSource": "entered", "formula": "", "firstYear": "0001/02"]

        let response = try await post(SiteURL.list(.indicators).path, form, as: performance)

        XCTAssertEqual(response.status, .unprocessableEntity)
        let saved = try await Indicator.query(on: app.db).filter(\.$code == "Y 1").count()
        XCTAssertEqual(saved, 0)
    }

    func testAnIndicatorImportRowForYearZeroIsRefusedByLine() async throws {
        let performance = try await signIn("performance@wrenmoor.example")

        let response = try await post(SiteURL.indicatorImport(council: "wrenmoor").path,
                                      ["csv": "code,period,actual\nBV 8,0000/01,90\n"], as: performance)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("1 row would be rejected") || response.body.string.contains("<td>2</td>"),
                      response.body.string)
    }

    func testCallRecordsArrivingInYearOneOrYear9999AreRefusedAndTheRestImported() async throws {
        let path = try file([
            "y1,phone,COUNCIL_TAX,0001-01-01T12:00:00+00:00,,0001-01-01T12:01:00+00:00,,abandoned",
            "y9,phone,COUNCIL_TAX,9999-12-31T23:00:00+00:00,,9999-12-31T23:01:00+00:00,,abandoned",
            "ok,phone,COUNCIL_TAX,\(try today("10:00:00")),\(try today("10:00:05")),\(try today("10:04:00")),A2,resolved",
        ])

        let run = try await importOnCommandLine(path)

        XCTAssertEqual([run.inserted, run.rejected], [1, 2])
        XCTAssertTrue(run.problems.contains("line 2: arrived_at"), run.problems)
        XCTAssertTrue(run.problems.contains("line 3: arrived_at"), run.problems)
        XCTAssertNil(run.failure)
        let health = try await get(SiteURL.health.path)
        XCTAssertEqual(health.status, .ok)
    }
}
