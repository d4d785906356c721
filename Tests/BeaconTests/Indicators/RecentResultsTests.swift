@testable import Beacon
import BeaconDomain
import Fluent
import SQLKit
import XCTVapor

/// `IndicatorResults.recent`, which reads only the periods the scorecard and the indicator list
/// show, gives what a whole history gives for the same day.
final class RecentResultsTests: BeaconTestCase {
    private func quarterly(closedOn: CalendarDate? = nil) -> Indicator {
        let indicator = Indicator()
        indicator.frequency = .quarterly
        indicator.firstYear = 2021
        indicator.closedOn = closedOn
        return indicator
    }

    private func day(_ iso: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(iso: iso)) }

    private func quarter(_ startYear: Int, _ index: Int) throws -> ReportingPeriod {
        try XCTUnwrap(ReportingPeriod(kind: .quarter, startYear: startYear, index: index))
    }

    func testTheLatestPeriodEndingByADayIsFoundWithoutTheHistory() async throws {
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        let results = IndicatorResults(council: council, verifiedOnly: true, today: try day("2026-11-25"))

        // 2026/27 Q2 is July to September 2026; Q3, October to December, has not ended on 25 November.
        XCTAssertEqual(results.latestCandidates(quarterly(), endingBy: try day("2026-09-30")), [try quarter(2026, 2)])
        XCTAssertEqual(results.latestCandidates(quarterly(), endingBy: try day("2026-11-25")), [try quarter(2026, 2)])
        XCTAssertEqual(results.latestCandidates(quarterly(), endingBy: try day("2026-09-29")), [try quarter(2026, 1)])
        XCTAssertNil(results.latestCandidates(quarterly(), endingBy: try day("2026-12-31")), "after today: read whole")
        XCTAssertNil(results.latestCandidates(quarterly(), endingBy: try day("2021-06-29")),
                     "before the first year: read whole")
        // Closed on the last day of 2026/27 Q1: Q1 is owed only if it has a value or a target.
        let closed = quarterly(closedOn: try day("2026-06-30"))
        XCTAssertEqual(results.latestCandidates(closed, endingBy: try day("2026-06-30")),
                       [try quarter(2026, 1), try quarter(2025, 4)])
        XCTAssertNil(results.latestCandidates(closed, endingBy: try day("2026-09-30")))
    }

    func testEveryIndicatorsRecentResultsAreWhatItsWholeHistoryGives() async throws {
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        let indicators = try await Indicator.query(on: app.db).filter(\.$councilID == council.id!).all()
        var days = [today, today.adding(days: 40), today.adding(days: -1000)]
        var quarter = ReportingPeriod(containing: today, kind: .quarter)
        for _ in 0..<12 {
            days += [quarter.end, quarter.end.adding(days: -20)]
            quarter = quarter.previous
        }
        var compared = 0
        for verifiedOnly in [true, false] {
            let results = IndicatorResults(council: council, verifiedOnly: verifiedOnly, today: today)
            let whole = try await results.histories(indicators, on: app.db)
            for day in days {
                let recent = try await results.recent(indicators, endingBy: day, points: IndicatorChart.sparklinePoints,
                                                      on: app.db)
                for indicator in indicators {
                    let id = try XCTUnwrap(indicator.id)
                    let expected = try XCTUnwrap(whole[id]), found = try XCTUnwrap(recent[id])
                    let context = "\(indicator.code) by \(day.iso), verified only: \(verifiedOnly)"
                    assertSame(found.latest(endingBy: day), expected.latest(endingBy: day), context)
                    XCTAssertEqual(IndicatorChart.points(found, last: 8).map(\.text),
                                   IndicatorChart.points(expected, last: 8).map(\.text),
                                   "sparkline of \(context)")
                    compared += 1
                }
            }
        }
        XCTAssertEqual(compared, indicators.count * 27 * 2)
    }

    func testAnUnreadableCodeInARowTheScorecardReadsIsAnErrorAsEverywhere() async throws {
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        let bv8 = try await indicator("BV 8")
        let period = latestPeriod(bv8)
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        try await sql.update(IndicatorValue.schema).set("status", to: "purple")
            .where("indicator_id", .equal, bv8.id!).where("period", .equal, period.key).run()
        let results = IndicatorResults(council: council, verifiedOnly: false, today: today)

        do {
            _ = try await results.recent([bv8], endingBy: period.end, points: 0, on: app.db)
            XCTFail("a value whose status is “purple” was read")
        } catch let error as UnknownStoredCode {
            XCTAssertEqual(error.description, "IndicatorValue.status holds “purple”, which Beacon cannot read")
        }
    }

    private func assertSame(_ found: PeriodResult?, _ expected: PeriodResult?, _ context: String) {
        XCTAssertEqual(found?.period, expected?.period, context)
        XCTAssertEqual(found?.status, expected?.status, context)
        XCTAssertEqual(found?.escalation, expected?.escalation, context)
        XCTAssertEqual(found?.actual?.id, expected?.actual?.id, context)
        XCTAssertEqual(Set(found?.forecasts.compactMap(\.id) ?? []), Set(expected?.forecasts.compactMap(\.id) ?? []),
                       context)
        XCTAssertEqual(found?.target?.id, expected?.target?.id, context)
        XCTAssertEqual(found?.met, expected?.met, context)
        XCTAssertEqual(found?.sincePrevious, expected?.sincePrevious, "since the previous period: \(context)")
        XCTAssertEqual(found?.sinceYearEarlier, expected?.sinceYearEarlier, "since a year earlier: \(context)")
    }
}

private extension IndicatorChart.Point {
    var text: String { "\(label) \(actual.map { "\($0)" } ?? "-") \(target.map { "\($0)" } ?? "-")" }
}
