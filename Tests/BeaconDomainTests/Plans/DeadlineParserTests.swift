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

    @Test("text that gives no date is not timed", arguments: [
        "As set out in project plan",
        "To be defined in Sustainability Strategy.",
        "TBC",
        "Ongoing",
        "Reduce waiting to 20 seconds",
        "by 31.02.05",
        "by 2025",
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
