import BeaconDomain
import Testing

private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

@Suite("Deadlines read from target text")
struct DeadlineParserTests {
    @Test("the phrasings councils use", arguments: [
        ("by end March 2005", ["2005-03-31"]),
        ("before end April 2004", ["2004-04-30"]),
        ("no later than end December 2006", ["2006-12-31"]),
        ("in July 2004 and November 2004", ["2004-07-31", "2004-11-30"]),
        ("by 31.07.04", ["2004-07-31"]),
        ("October 2004", ["2004-10-31"]),
        ("Q3 2004/05", ["2004-12-31"]),
        ("by end September 2004", ["2004-09-30"]),
        ("by end December 2004", ["2004-12-31"]),
    ])
    func spec(text: String, expected: [String]) {
        #expect(DeadlineParser.parse(text) == .milestones(expected.map(day)))
    }

    @Test("obvious variants", arguments: [
        ("New procedure agreed by Cabinet by the end of March 2005", ["2005-03-31"]),
        ("Report to Cabinet in Sept 2004", ["2004-09-30"]),
        ("in July and November 2004", ["2004-07-31", "2004-11-30"]),
        ("Q4 2004/05", ["2005-03-31"]),
        ("Q1 2004-05", ["2004-06-30"]),
        ("Complete during 2005/06", ["2006-03-31"]),
        ("by 31 July 2004", ["2004-07-31"]),
        ("by 1st August 2004", ["2004-08-01"]),
        ("before 1 May 2004", ["2004-04-30"]),
        ("by 31/07/2004", ["2004-07-31"]),
        ("by 29.02.08", ["2008-02-29"]),
        ("Phase 1 by Q2 2005/06, phase 2 by Q4 2005/06", ["2005-09-30", "2006-03-31"]),
    ])
    func variants(text: String, expected: [String]) {
        #expect(DeadlineParser.parse(text) == .milestones(expected.map(day)))
    }

    // Targets as UK councils publish them in service plans, delivery plans and performance plans
    // (their phrasing, with the wording around the date shortened); each date worked out by hand.
    @Test("targets as councils publish them", arguments: [
        ("Strategy to be agreed by Cabinet by end December 2026", ["2026-12-31"]),
        ("the 2005/06 Performance Plan to be issued in March 2005", ["2005-03-31"]),
        ("Q2 2005", ["2005-06-30"]),
        ("Q4 2025", ["2025-12-31"]),
        ("Spring 2024", ["2024-05-31"]),
        ("Final plans agreed alongside the budget in early 2025", ["2025-04-30"]),
        ("Service plan for 1 April 2019 to 31 March 2022", ["2022-03-31"]),
        ("Approve the plan before its publication at the end of June 2005", ["2005-06-30"]),
        ("KPI report in the Q2 2025/26 committee cycle", ["2025-09-30"]),
        ("By 31 March 2026", ["2026-03-31"]),
        ("31st March 2026", ["2026-03-31"]),
        ("Mar-26", ["2026-03-31"]),
        ("Sept 2025", ["2025-09-30"]),
        ("By end of Q4 2025/26", ["2026-03-31"]),
        ("Quarter 3 2025/26", ["2025-12-31"]),
        ("Autumn 2025", ["2025-11-30"]),
        ("Winter 2025/26", ["2026-02-28"]),
        ("Spring/Summer 2026", ["2026-08-31"]),
        ("Net zero carbon emissions from council operations by 2030", ["2030-12-31"]),
        ("By the end of 2025", ["2025-12-31"]),
        ("mid-2026", ["2026-08-31"]),
        ("Contract let late 2026", ["2026-12-31"]),
        ("During 2025/26", ["2026-03-31"]),
        ("By 31/03/2026", ["2026-03-31"]),
        ("31.03.26", ["2026-03-31"]),
        ("Phase 1 complete by September 2025; phase 2 by March 2026", ["2025-09-30", "2026-03-31"]),
        ("Report to Cabinet in January 2026 with a decision by March 2026", ["2026-01-31", "2026-03-31"]),
        ("Consultation from 1 June 2025 to 31 August 2025", ["2025-08-31"]),
        ("Local Plan adopted by December 2027", ["2027-12-31"]),
        ("Budget for 2026/27 set by February 2026", ["2026-02-28"]),
        ("Comply with the Freedom of Information Act 2000 by January 2005", ["2005-01-31"]),
        ("New contract in place before April 2026", ["2026-03-31"]),
        ("Fleet electric before 2030", ["2029-12-31"]),
        ("Open the new customer hub in 2026", ["2026-12-31"]),
        ("By the end of the 2025/26 financial year", ["2026-03-31"]),
        ("2024-25", ["2025-03-31"]),
        ("Annual report published by 30 June 2026", ["2026-06-30"]),
        ("Review of 2024/25 performance reported by July 2025", ["2025-07-31"]),
        ("End-March 2026", ["2026-03-31"]),
        ("December 2025 (Cabinet)", ["2025-12-31"]),
        ("By 1st of April 2026", ["2026-04-01"]),
        ("Target date: 30/09/2025", ["2025-09-30"]),
        ("March 2026 (TBC)", ["2026-03-31"]),
        ("To be agreed with partners by end March 2026", ["2026-03-31"]),
        ("As set out in the project plan: go live October 2026", ["2026-10-31"]),
    ])
    func published(text: String, expected: [String]) {
        #expect(DeadlineParser.parse(text) == .milestones(expected.map(day)))
    }

    @Test("the edges of seasons, thirds of a year and supported years", arguments: [
        ("Winter 2027/28", ["2028-02-29"]),
        ("Winter 2026", ["2027-02-28"]),
        ("early 2028", ["2028-04-30"]),
        ("by 2025", ["2025-12-31"]),
        ("by 2200", ["2200-12-31"]),
        ("by 1900", ["1900-12-31"]),
        ("before 1 January 2027", ["2026-12-31"]),
        ("before Q1 2026/27", ["2026-03-31"]),
        ("before 2026/27", ["2026-03-31"]),
    ])
    func edges(text: String, expected: [String]) {
        #expect(DeadlineParser.parse(text) == .milestones(expected.map(day)))
    }

    @Test("text that gives no date is not timed", arguments: [
        "As set out in project plan",
        "As set out in the 2025/26 project plan",
        "To be defined in Sustainability Strategy.",
        "To be agreed with partners",
        "TBC",
        "Date to be confirmed",
        "Ongoing",
        "Annually",
        "Quarterly",
        "Throughout the year",
        "Within 6 months of adoption of the strategy",
        "Subject to funding",
        "From April 2025",
        "Freedom of Information Act 2000",
        "the 2025/26 Service Plan",
        "By 31st March",
        "Reduce waiting to 20 seconds",
        "by 31.02.05",
        "by 2201",
        "by 1899",
        "by 2200/01",
        "",
    ])
    func notTimed(text: String) {
        guard case .notTimed(let reason) = DeadlineParser.parse(text) else {
            Issue.record("“\(text)” should not be timed")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test("a deferral names what to write instead")
    func deferralReason() {
        #expect(DeadlineParser.parse("As set out in project plan")
            == .notTimed("“As set out in project plan” puts the date elsewhere (as set out in). Write the date here, for example “by end March 2026”."))
    }

    @Test("a quantity is not mistaken for a day of the month")
    func numbersAreNotDays() {
        #expect(DeadlineParser.parse("Answer 80% of calls in 20 seconds by end March 2026") == .milestones([day("2026-03-31")]))
    }

    @Test("the final date is the last milestone")
    func finalDate() {
        #expect(DeadlineParser.parse("in November 2004 and July 2004").finalDate == day("2004-11-30"))
        #expect(DeadlineParser.parse("As set out in project plan").finalDate == nil)
    }
}
