import BeaconDomain
import Testing

@Suite("References numbered per year, and the first whole period")
struct YearlyReferenceTests {
    @Test("the next number after the year's highest; other years and unnumbered references are passed over")
    func next() {
        let existing = ["SR-2026-000009", "SR-2026-000012", "SR-2025-000400", "SR-2026-D00001"]
        #expect(YearlyReference.next(prefix: "SR-2026-", digits: 6, after: existing) == "SR-2026-000013")
        #expect(YearlyReference.next(prefix: "SR-2027-", digits: 6, after: existing) == "SR-2027-000001")
        #expect(YearlyReference.next(prefix: "CM/2026/", digits: 2, after: ["CM/2026/09", "CM/2026/10"]) == "CM/2026/11")
    }

    @Test("a period starting on the day is the first; otherwise the next one")
    func firstWholePeriod() {
        let april = CalendarDate(year: 2026, month: 4, day: 1)!
        #expect(ReportingPeriod.first(startingOnOrAfter: april, kind: .quarter).label == "2026/27 Q1")
        #expect(ReportingPeriod.first(startingOnOrAfter: april.adding(days: 1), kind: .quarter).label == "2026/27 Q2")
        #expect(ReportingPeriod.first(startingOnOrAfter: CalendarDate(year: 2026, month: 12, day: 31)!, kind: .month).label == "January 2027")
    }
}
