import BeaconDomain
import Foundation
import Testing

@Suite("Calendar dates and dated spans")
struct CalendarTests {
    @Test("real days parse; impossible ones do not",
          arguments: [("2024-02-29", true), ("2023-02-29", false), ("2000-02-29", true), ("1900-02-29", false),
                      ("2024-04-31", false), ("2024-13-01", false), ("2024-1-01", false), ("01/04/2024", false), ("", false)])
    func parsing(text: String, valid: Bool) {
        #expect((CalendarDate(iso: text) != nil) == valid)
    }

    @Test("dates order and print as councils write them")
    func orderAndFormat() throws {
        let march = try #require(CalendarDate(iso: "2005-03-31"))
        let april = try #require(CalendarDate(iso: "2005-04-01"))
        #expect(march < april)
        #expect(april.long == "1 April 2005")
        #expect(april.iso == "2005-04-01")
    }

    @Test("the day of an instant is the day in London, not in UTC")
    func londonDay() throws {
        // 23:30 UTC on 30 June 2024 is 00:30 on 1 July in British Summer Time.
        let instant = try #require(ISO8601DateFormatter().date(from: "2024-06-30T23:30:00Z"))
        #expect(CalendarDate(instant, in: TimeZone(identifier: "Europe/London")!) == CalendarDate(year: 2024, month: 7, day: 1))
        // In winter London is on UTC, so the day does not change.
        let winter = try #require(ISO8601DateFormatter().date(from: "2024-12-31T23:30:00Z"))
        #expect(CalendarDate(winter, in: TimeZone(identifier: "Europe/London")!) == CalendarDate(year: 2024, month: 12, day: 31))
    }

    @Test("a span contains its first and last day, and may be open-ended")
    func spans() throws {
        let starts = try #require(CalendarDate(iso: "2023-05-08"))
        let ends = try #require(CalendarDate(iso: "2027-05-05"))
        let span = try #require(DatedSpan(starts: starts, ends: ends))
        #expect(span.contains(starts))
        #expect(span.contains(ends))
        #expect(!span.contains(CalendarDate(iso: "2027-05-06")!))
        #expect(!span.contains(CalendarDate(iso: "2023-05-07")!))
        #expect(DatedSpan(starts: starts, ends: nil)!.contains(CalendarDate(iso: "2099-01-01")!))
        #expect(span.long == "8 May 2023 to 5 May 2027")
        #expect(DatedSpan(starts: starts, ends: nil)!.long == "from 8 May 2023")
    }

    @Test("a span may be one day long but not end before it starts")
    func spanEdges() throws {
        let day = try #require(CalendarDate(iso: "2024-04-01"))
        #expect(DatedSpan(starts: day, ends: day) != nil)
        #expect(DatedSpan(starts: day, ends: CalendarDate(iso: "2024-03-31")) == nil)
    }
}
