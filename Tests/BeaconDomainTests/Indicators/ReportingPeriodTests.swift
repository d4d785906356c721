import BeaconDomain
import Testing

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

@Suite("Financial years, halves, quarters and months")
struct ReportingPeriodTests {
    @Test("labels councils write", arguments: [
        ("2004/05", "2004/05"), ("2004-05", "2004/05"), ("2004/2005", "2004/05"), ("1999/00", "1999/00"),
        ("2004/05 Q1", "2004/05 Q1"), ("q3 2004/05", "2004/05 Q3"), ("2004/05  H2", "2004/05 H2"),
        ("April 2004", "April 2004"), ("jan 2005", "January 2005"), ("MARCH 2005", "March 2005"),
    ])
    func parsing(text: String, label: String) {
        #expect(ReportingPeriod(label: text)?.label == label)
    }

    @Test("labels that are not periods", arguments: ["2004/06", "2004/05 Q5", "2004/05 H3", "Q1", "", "2004", "Smarch 2004", "2004/05 Q1 extra"])
    func rejects(text: String) {
        #expect(ReportingPeriod(label: text) == nil)
    }

    @Test("starts and ends, including the 31 March / 1 April boundary")
    func bounds() throws {
        let q3 = try #require(ReportingPeriod(label: "2004/05 Q3"))
        #expect(q3.start == day("2004-10-01") && q3.end == day("2004-12-31"))
        let q4 = try #require(ReportingPeriod(label: "2004/05 Q4"))
        #expect(q4.start == day("2005-01-01") && q4.end == day("2005-03-31"))
        let h2 = try #require(ReportingPeriod(label: "2004/05 H2"))
        #expect(h2.start == day("2004-10-01") && h2.end == day("2005-03-31"))
        #expect(ReportingPeriod.year(2023).end == day("2024-03-31"))
        #expect(ReportingPeriod(label: "February 2024")?.end == day("2024-02-29"))
        #expect(ReportingPeriod(containing: day("2005-03-31"), kind: .quarter).label == "2004/05 Q4")
        #expect(ReportingPeriod(containing: day("2005-04-01"), kind: .quarter).label == "2005/06 Q1")
        #expect(ReportingPeriod(containing: day("2005-04-01"), kind: .year).label == "2005/06")
        #expect(ReportingPeriod(containing: day("2005-03-31"), kind: .month).label == "March 2005")
        #expect(ReportingPeriod.year(2004).contains(day("2005-03-31")))
        #expect(!ReportingPeriod.year(2004).contains(day("2005-04-01")))
    }

    @Test("previous period and the same period a year earlier")
    func neighbours() throws {
        let q1 = try #require(ReportingPeriod(label: "2005/06 Q1"))
        #expect(q1.previous.label == "2004/05 Q4")
        #expect(q1.yearEarlier.label == "2004/05 Q1")
        #expect(ReportingPeriod(label: "April 2005")?.previous.label == "March 2005")
        #expect(ReportingPeriod.year(2005).previous.label == "2004/05")
    }

    @Test("keys for URLs read back to the same period")
    func keys() {
        let periods = PeriodKind.allCases.flatMap { ReportingPeriod.periods($0, inYear: 2004) }
        #expect(periods.count == 1 + 2 + 4 + 12)
        for period in periods { #expect(ReportingPeriod(key: period.key) == period) }
        #expect(ReportingPeriod(key: "2004-05-q1")?.label == "2004/05 Q1")
        #expect(ReportingPeriod(key: "2004-05-m10")?.label == "January 2005")
        #expect(ReportingPeriod(key: "2004-06") == nil)
        #expect(ReportingPeriod(key: "2004-05-q9") == nil)
    }

    @Test("earlier periods sort first; a year before its first quarter")
    func ordering() throws {
        let labels = ["2005/06 Q1", "2004/05", "2004/05 Q2", "2004/05 Q1"]
        let sorted = labels.compactMap(ReportingPeriod.init(label:)).sorted().map(\.label)
        #expect(sorted == ["2004/05", "2004/05 Q1", "2004/05 Q2", "2005/06 Q1"])
    }
}
