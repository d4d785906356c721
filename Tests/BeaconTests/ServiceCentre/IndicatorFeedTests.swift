@testable import Beacon
import BeaconDomain
import Fluent
import SQLKit
import XCTVapor

/// Binding a measure to an indicator: its values then come from the rollups, marked as fed.
final class IndicatorFeedTests: ServiceCentreTestCase {
    let feeds = SiteURL.indicatorFeeds(council: "wrenmoor").path

    func testTheDashboardAndAFedIndicatorShowTheSameFigureForTheMonth() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let indicator = try await record(Indicator.self, where: \.$code, is: "LPI 1")
        let month = ReportingPeriod(containing: today, kind: .month)

        let bound = try await post(feeds, ["indicator": indicator.id!.uuidString, "measure": "correspondence_mean_days"], as: performance)
        _ = try await importOnCommandLine(try file([
            "m1,email,,\(try today("07:30:00")),\(try today("07:40:00")),\(try today("07:45:00")),A1,resolved",
        ]))

        XCTAssertEqual(bound.status, .seeOther)
        XCTAssertEqual(indicator.frequency.periodKind, .month)
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        let tally = try await ContactRollups.total(council: indicator.councilID, from: month.start, through: month.end,
                                                   filter: RollupFilter(channels: [.email, .letter]), on: sql)
        let value = try await XCTUnwrapAsync(await IndicatorValue.query(on: app.db).filter(\.$indicatorID == indicator.id!)
            .filter(\.$period == month).filter(\.$kind == ValueKind.actual).first())
        let figure = try XCTUnwrap(ContactMeasure.correspondenceMeanDays.value(tally))
        XCTAssertEqual(Decimal(string: value.value ?? ""), Decimal(figure).rounded(6))
        XCTAssertEqual(value.enteredBy, IndicatorFeeding.enteredBy)
        XCTAssertNotNil(value.verifiedAt, "fed values count as verified")
        let dashboard = try await get(SiteURL.serviceCentre(council: "wrenmoor").path, as: performance)
        let shown = try await get(SiteURL.indicator(council: "wrenmoor", .id(indicator.id!), format: .html).path)
        XCTAssertTrue(dashboard.body.string.contains("<td>\(ContactMeasure.correspondenceMeanDays.formatted(tally))</td>"), "the dashboard's month")
        XCTAssertTrue(shown.body.string.contains(indicator.format(.number(Decimal(figure)))), "the indicator's month, to its decimal places")
    }

    func testADemoFeedMatchesTheRollupsAndRefusesTypedValues() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let indicator = try await record(Indicator.self, where: \.$code, is: "LPI 14a")
        let quarter = ReportingPeriod(containing: today, kind: .quarter)
        let before = try await IndicatorValue.query(on: app.db).filter(\.$indicatorID == indicator.id!).filter(\.$period == quarter).first()

        _ = try await importOnCommandLine(try file([
            "q1,phone,NOISE,\(try today("07:30:00")),\(try today("07:30:45")),\(try today("07:33:00")),A1,resolved",
            "q2,phone,NOISE,\(try today("07:31:00")),\(try today("07:31:05")),\(try today("07:33:00")),A1,resolved",
        ]))
        let typed = try await post(SiteURL.indicatorPeriod(council: "wrenmoor", .id(indicator.id!), period: quarter.key).path,
                                   ["kind": "actual", "value": "12", "version": "1"], as: performance)

        let after = try await XCTUnwrapAsync(await IndicatorValue.query(on: app.db).filter(\.$indicatorID == indicator.id!).filter(\.$period == quarter).first())
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        let tally = try await ContactRollups.total(council: indicator.councilID, from: quarter.start, through: quarter.end, filter: RollupFilter(channels: [.phone]), on: sql)
        XCTAssertEqual(Decimal(string: after.value ?? ""), Decimal(try XCTUnwrap(ContactMeasure.offered.value(tally))))
        XCTAssertEqual((Decimal(string: after.value ?? "") ?? 0) - (Decimal(string: before?.value ?? "0") ?? 0), 2, "two more calls offered")
        XCTAssertEqual(typed.status, .conflict)
        XCTAssertTrue(typed.body.string.contains("is fed from the service centre"))
    }

    func testBadFeedsAreRefusedWithMessagesAndOnlyPerformanceOfficersBind() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let agent = try await signIn("agent@wrenmoor.example")
        let calculated = try await record(Indicator.self, where: \.$code, is: "LPI 14")
        let count = try await record(Indicator.self, where: \.$code, is: "LPI 14a")
        let percentage = try await record(Indicator.self, where: \.$code, is: "LPI 1")

        let onCalculated = try await post(feeds, ["indicator": calculated.id!.uuidString, "measure": "service_level"], as: performance)
        let twice = try await post(feeds, ["indicator": count.id!.uuidString, "measure": "offered"], as: performance)
        let wrongUnit = try await post(feeds, ["indicator": percentage.id!.uuidString, "measure": "offered", "service": "NOPE"], as: performance)
        let byAgent = try await post(feeds, ["indicator": percentage.id!.uuidString, "measure": "service_level"], as: agent)

        XCTAssertEqual(onCalculated.status, .unprocessableEntity)
        XCTAssertTrue(onCalculated.body.string.contains("is calculated from other indicators"))
        XCTAssertTrue(twice.body.string.contains("is already fed"))
        XCTAssertTrue(wrongUnit.body.string.contains("does not fit LPI 1"))
        XCTAssertTrue(wrongUnit.body.string.contains("Choose a service from the list"))
        XCTAssertEqual(byAgent.status, .forbidden)
    }

    func testRemovingAFeedLetsValuesBeTypedAgain() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let indicator = try await record(Indicator.self, where: \.$code, is: "LPI 2")
        let feed = try await XCTUnwrapAsync(await IndicatorFeed.query(on: app.db).filter(\.$indicatorID == indicator.id!).first())

        let removed = try await post(SiteURL.indicatorFeedRemove(council: "wrenmoor", .id(feed.id!)).path, [:], as: performance)
        let unknown = try await post(SiteURL.indicatorFeedRemove(council: "wrenmoor", .id(UUID())).path, [:], as: performance)

        XCTAssertEqual(removed.status, .seeOther)
        XCTAssertEqual(unknown.status, .notFound)
        let reloaded = try await XCTUnwrapAsync(await Indicator.find(indicator.id, on: app.db))
        XCTAssertEqual(reloaded.dataSource, .entered)
        let month = ReportingPeriod(containing: today, kind: .month)
        let fed = try await IndicatorValue.query(on: app.db).filter(\.$indicatorID == indicator.id!).filter(\.$period == month).first()
        let typed = try await post(SiteURL.indicatorPeriod(council: "wrenmoor", .id(indicator.id!), period: month.key).path,
                                   ["kind": "actual", "value": "19", "version": String(fed?.version ?? 1), "restatementReason": "Checked by hand"], as: performance)
        XCTAssertEqual(typed.status, .seeOther, typed.body.string)
    }
}
