import BeaconDomain
import Testing

@Suite("Spans cut into whole months and odd days")
struct MonthSplitTests {
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test("a financial year is twelve whole months and no odd days")
    func financialYear() {
        let split = MonthSplit(from: day("2025-04-01"), through: day("2026-03-31"))
        #expect(split.months == day("2025-04-01")...day("2026-03-01"))
        #expect(split.days.isEmpty)
    }

    @Test("a year to date: whole months, then this month's days so far")
    func yearToDate() {
        let split = MonthSplit(from: day("2026-04-01"), through: day("2026-11-30"))
        #expect(split.months == day("2026-04-01")...day("2026-11-01"))
        #expect(split.days.isEmpty)
        let midMonth = MonthSplit(from: day("2026-04-01"), through: day("2026-11-22"))
        #expect(midMonth.months == day("2026-04-01")...day("2026-10-01"))
        #expect(midMonth.days == [day("2026-11-01")...day("2026-11-22")])
    }

    @Test("odd days at both ends, across a new year and a leap February")
    func bothEnds() {
        let split = MonthSplit(from: day("2027-12-15"), through: day("2028-02-28"))
        #expect(split.months == day("2028-01-01")...day("2028-01-01"))
        #expect(split.days == [day("2027-12-15")...day("2027-12-31"), day("2028-02-01")...day("2028-02-28")])
        #expect(MonthSplit(from: day("2028-02-01"), through: day("2028-02-29")).months == day("2028-02-01")...day("2028-02-01"))
    }

    @Test("a span inside one month, or across two without a whole one, is all days; an empty span is nothing")
    func noWholeMonth() {
        #expect(MonthSplit(from: day("2026-03-02"), through: day("2026-03-30")).days == [day("2026-03-02")...day("2026-03-30")])
        #expect(MonthSplit(from: day("2026-03-20"), through: day("2026-04-10")).months == nil)
        #expect(MonthSplit(from: day("2026-03-20"), through: day("2026-04-10")).days == [day("2026-03-20")...day("2026-04-10")])
        #expect(MonthSplit(from: day("2026-03-20"), through: day("2026-03-19")).days.isEmpty)
    }
}
