import BeaconDomain
import XCTest

/// Dates, periods and instants read from outside are accepted from 1900 to 2200 and refused
/// outside, at each edge; days worked out from accepted ones still count right past the edges.
/// Each refused value here once stopped the server (issue 16).
final class SupportedYearsTests: XCTestCase {
    func testADayIsAcceptedFrom1900To2200() {
        XCTAssertNil(CalendarDate(year: 1899, month: 12, day: 31))
        XCTAssertEqual(CalendarDate(year: 1900, month: 1, day: 1)?.iso, "1900-01-01")
        XCTAssertEqual(CalendarDate(year: 2200, month: 12, day: 31)?.iso, "2200-12-31")
        XCTAssertNil(CalendarDate(year: 2201, month: 1, day: 1))
        XCTAssertNil(CalendarDate(year: 0, month: 1, day: 1))
        XCTAssertNil(CalendarDate(year: 9999, month: 12, day: 31))
        XCTAssertNil(CalendarDate(iso: "0001-01-01"))
        XCTAssertNil(CalendarDate(iso: "9999-12-31"))
        XCTAssertEqual(CalendarDate(iso: "1900-01-01")?.year, 1900)
    }

    func testDaysWorkedOutPastTheEdgesAreStillRight() throws {
        let first = try XCTUnwrap(CalendarDate(year: 1900, month: 1, day: 1))
        let last = try XCTUnwrap(CalendarDate(year: 2200, month: 12, day: 31))

        XCTAssertEqual(first.adding(days: -1).iso, "1899-12-31")
        XCTAssertEqual(last.adding(days: 1).iso, "2201-01-01")
        // 2200 is not a leap year (divisible by 100, not by 400): February has 28 days.
        XCTAssertNil(CalendarDate(year: 2200, month: 2, day: 29))
        XCTAssertEqual(CalendarDate(year: 2200, month: 2, day: 1)?.endOfMonth.iso, "2200-02-28")
    }

    func testAPeriodIsAcceptedForFinancialYearsStarting1900To2200() {
        XCTAssertNil(ReportingPeriod(kind: .month, startYear: 1899, index: 12))
        XCTAssertEqual(ReportingPeriod(kind: .month, startYear: 1900, index: 1)?.start.iso, "1900-04-01")
        XCTAssertEqual(ReportingPeriod(kind: .year, startYear: 2200, index: 1)?.end.iso, "2201-03-31",
                       "the last year accepted ends in 2201, worked out from an accepted one")
        XCTAssertNil(ReportingPeriod(kind: .year, startYear: 2201, index: 1))
        XCTAssertNil(ReportingPeriod(kind: .quarter, startYear: 2024, index: 0))
        XCTAssertNil(ReportingPeriod(kind: .quarter, startYear: 2024, index: 5))
    }

    func testPeriodsReadFromRequestsAndFilesAreRangeChecked() {
        XCTAssertNil(ReportingPeriod(key: "0000-01"), "the scorecard's period=0000-01 once stopped the server")
        XCTAssertNil(ReportingPeriod(key: "0001-02"))
        XCTAssertNil(ReportingPeriod(key: "1899-00-q4"))
        XCTAssertEqual(ReportingPeriod(key: "1900-01-q1")?.label, ReportingPeriod(kind: .quarter, startYear: 1900, index: 1)?.label)
        XCTAssertEqual(ReportingPeriod(key: "2200-01")?.startYear, 2200)
        XCTAssertNil(ReportingPeriod(key: "2201-02"))
        XCTAssertNil(ReportingPeriod(label: "0000/01"), "an import row for 0000/01 once stopped the server")
        XCTAssertNil(ReportingPeriod(label: "0001/02"))
        XCTAssertNil(ReportingPeriod(label: "April 0001"))
        XCTAssertNil(ReportingPeriod(label: "April 9999"))
        XCTAssertEqual(ReportingPeriod(label: "1900/01")?.startYear, 1900)
        XCTAssertEqual(ReportingPeriod(label: "March 2200")?.startYear, 2199, "March 2200 ends the year 2199/00")
        XCTAssertNil(ReportingPeriod(label: "March 2201"), "a month names a day, read from outside: 2201 is refused")
    }

    func testTheYearBeforeTheFirstAcceptedIsWorkedOutNotRefused() throws {
        let first = try XCTUnwrap(ReportingPeriod(kind: .quarter, startYear: 1900, index: 1))

        XCTAssertEqual(first.previous.startYear, 1899)
        XCTAssertEqual(first.previous.index, 4)
        XCTAssertEqual(first.yearEarlier.start.iso, "1899-04-01")
    }

    func testACallRecordsTimeIsAcceptedFrom1900To2200() {
        XCTAssertNil(ISOInstant.parse("0001-01-01T12:00:00+00:00"), "such a row once stopped the server in the import")
        XCTAssertNil(ISOInstant.parse("9999-12-31T23:00:00+00:00"), "such a row once stopped the server in the feed refresh")
        XCTAssertNil(ISOInstant.parse("1899-12-31T23:59:59Z"))
        XCTAssertEqual(ISOInstant.parse("1900-01-01T00:00:00Z")?.timeIntervalSince1970, -2_208_988_800)
        XCTAssertEqual(ISOInstant.parse("2200-12-31T23:59:59Z")?.timeIntervalSince1970, 7_289_654_399)
        XCTAssertNil(ISOInstant.parse("2201-01-01T00:00:00Z"))
    }

    func testAMeetingsTimeIsAcceptedFrom1900To2200() {
        XCTAssertNil(UKTime.parseLocal("0001-01-01T10:00"), "such a meeting once stopped the server")
        XCTAssertNil(UKTime.parseLocal("9999-12-31T23:59"))
        XCTAssertNotNil(UKTime.parseLocal("1900-01-01T10:00"))
        XCTAssertNotNil(UKTime.parseLocal("2200-12-31T23:59"))
    }
}
