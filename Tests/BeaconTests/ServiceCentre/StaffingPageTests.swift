@testable import Beacon
import BeaconDomain
import Fluent
import SQLKit
import XCTVapor

/// The staffing page: one interval by Erlang C, and a week forecast from last year's calls.
final class StaffingPageTests: ServiceCentreTestCase {
    let staffing = SiteURL.staffing(council: "wrenmoor").path

    func testOneIntervalIsStaffedAndBadFiguresAreRefusedWithReasons() async throws {
        let councillor = try await signIn("councillor@wrenmoor.example")

        let answer = try await get(staffing + "?calls=100&minutes=30&handling=180&level=80&answer=20&shrinkage=30", as: councillor)
        let bad = try await get(staffing + "?calls=lots&level=150", as: councillor)
        let anonymous = try await get(staffing)

        XCTAssertEqual(answer.status, .ok)
        XCTAssertTrue(answer.body.string.contains("Agents on the phones</th><td>14</td>"), "10 Erlangs at 80/20, as worked out by hand")
        XCTAssertTrue(answer.body.string.contains("Staff to roster after shrinkage</th><td>20</td>"))
        XCTAssertTrue(answer.body.string.contains("Nobody hangs up"), "the model's limits are stated")
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(bad.body.string.contains("Calls in the interval must be a number"))
        XCTAssertTrue(bad.body.string.contains("Service level must be a number from 1 to 99"))
        XCTAssertNotEqual(anonymous.status, .ok)
    }

    func testAWeekIsForecastFromTheSameWeekOfLastYearsCalls() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let source = today.adding(days: -40)
        let week = source.adding(days: 364)
        let council = try await self.council
        let calls = try await Contact.query(on: app.db).filter(\.$sourceNumber ~~ ContactSource.numbers(council: council.id!, on: app.db)).filter(\.$channel == ContactChannel.phone)
            .filter(\.$day >= source.iso).filter(\.$day <= source.adding(days: 6).iso).count()

        let page = try await get(staffing + "?week=\(week.iso)", as: performance)

        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Forecast for the week starting \(week.long)"))
        let counted = page.body.string.matches(of: #/<td>(\d\d:\d\d)</td><td>(\d+)</td>/#).map { Int($0.output.2)! }.reduce(0, +)
        XCTAssertEqual(counted, calls, "every call of last year's week is in one half hour")
        XCTAssertGreaterThan(calls, 0, "the demo has calls that week")
    }
}

/// The measures page: any span and split, summed from the rollups.
final class MeasuresPageTests: ServiceCentreTestCase {
    func testWeeksSplitByQueueAddUpToTheRollupsAndBadChoicesAreRefused() async throws {
        let officer = try await signIn("officer.policy@wrenmoor.example")
        let path = SiteURL.measures(council: "wrenmoor").path
        _ = try await importOnCommandLine(try file([
            "w1,phone,NOISE,\(try today("07:30:00")),\(try today("07:30:45")),\(try today("07:33:00")),A1,resolved",
        ]))

        let weeks = try await get(path + "?span=week&by=queue&channel=phone", as: officer)
        let quarters = try await get(path + "?span=quarter", as: officer)
        let bad = try await get(path + "?span=fortnight", as: officer)
        let badChannel = try await get(path + "?channel=pigeon", as: officer)

        XCTAssertEqual(weeks.status, .ok)
        let today = self.today
        let monday = today.adding(days: -(today.weekday - 1))
        let noise = try await ContactRollups.total(council: council.requireID(), from: monday, through: today,
                                                   filter: RollupFilter(channels: [.phone], queue: "NOISE"), on: XCTUnwrap(app.db as? SQLDatabase))
        XCTAssertTrue(weeks.body.string.contains("<th scope=\"row\">Week from \(monday.long)</th><td>NOISE</td><td>\(ContactMeasure.offered.formatted(noise))</td>"),
                      "this week's NOISE calls, as the rollups sum them")
        XCTAssertEqual(quarters.status, .ok)
        XCTAssertTrue(quarters.body.string.contains(ReportingPeriod(containing: today, kind: .quarter).label))
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertEqual(badChannel.status, .badRequest)
    }
}
