import BeaconDomain
import Foundation
import Testing

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

@Suite("Retention periods")
struct RetentionRuleTests {
    @Test("the cut-off is the same day so many months back, or that month's last day",
          arguments: [("2026-11-25", 24, "2024-11-25"), ("2026-03-31", 1, "2026-02-28"),
                      ("2028-02-29", 12, "2027-02-28"), ("2024-03-31", 1, "2024-02-29"),
                      ("2026-01-15", 1, "2025-12-15"), ("2026-01-15", 72, "2020-01-15"),
                      ("2026-12-31", 11, "2026-01-31")])
    func cutoff(today: String, months: Int, expected: String) {
        #expect(RetentionRule.cutoff(today: day(today), months: months) == day(expected))
    }

    @Test("a record is due the day after the cut-off's day is passed, not on it")
    func boundary() {
        let today = day("2026-11-25")
        #expect(RetentionRule.isDue(countedFrom: day("2024-11-24"), today: today, months: 24))
        #expect(!RetentionRule.isDue(countedFrom: day("2024-11-25"), today: today, months: 24))
        #expect(!RetentionRule.isDue(countedFrom: day("2024-11-26"), today: today, months: 24))
    }

    @Test("defaults: contacts, requests and the access log two years; complaints and representations six")
    func defaults() {
        #expect(RetainedRecord.contactDetails.defaultMonths == 24)
        #expect(RetainedRecord.closedRequests.defaultMonths == 24)
        #expect(RetainedRecord.accessLog.defaultMonths == 24)
        #expect(RetainedRecord.closedComplaints.defaultMonths == 72)
        #expect(RetainedRecord.representations.defaultMonths == 72)
        #expect(RetainedRecord.allowedMonths == 1...1_200)
    }
}

@Suite("Legal holds")
struct LegalHoldTests {
    @Test("a complaint with the Ombudsman is held until the Ombudsman decides")
    func ombudsman() {
        let held = LegalHold.complaint(referredToOmbudsmanOn: day("2026-10-01"), ombudsmanDecided: false)
        #expect(held?.contains("since 1 October 2026") == true)
        #expect(LegalHold.complaint(referredToOmbudsmanOn: day("2026-10-01"), ombudsmanDecided: true) == nil)
        #expect(LegalHold.complaint(referredToOmbudsmanOn: nil, ombudsmanDecided: false) == nil)
    }
}

@Suite("A person's terms")
struct PersonTermsTests {
    @Test("terms are trimmed, kept once whatever their case, longest first")
    func normalised() {
        let terms = PersonTerms(["  Jane Smith ", "jane smith", "", "jane@example.org", "0770"])
        #expect(terms.terms == ["jane@example.org", "Jane Smith", "0770"])
        #expect(terms.tooShort.isEmpty)
        #expect(PersonTerms(["Li", "Jones"]).tooShort == ["Li"])
        #expect(PersonTerms([" ", ""]).isEmpty)
    }

    @Test("a text matches when it holds a term in any case")
    func matching() {
        let terms = PersonTerms(["Jane Smith"])
        #expect(terms.matches("Call from JANE SMITH about bins"))
        #expect(!terms.matches("Call from Jane Smyth"))
        #expect(!terms.matches(""))
    }

    @Test("erasing replaces every occurrence, a longer term before a shorter one inside it")
    func redacting() {
        let terms = PersonTerms(["Jane", "Jane Smith"])
        #expect(terms.redacting("Jane Smith rang; jane will ring back") == "[erased] rang; [erased] will ring back")
        #expect(terms.redacting("nothing here") == "nothing here")
    }

    @Test("details found on a record are added, short ones and blanks left out")
    func adding() {
        let terms = PersonTerms(["C-2026-0001"]).adding(["Jane Smith", nil, "07", "jane@example.org"])
        #expect(terms.terms == ["jane@example.org", "C-2026-0001", "Jane Smith"])
    }

    @Test("a LIKE pattern escapes the pattern's own symbols and is lower case")
    func pattern() {
        #expect(PersonTerms.likePattern("Ann_50%\\X") == "%ann\\_50\\%\\\\x%")
    }
}

@Suite("Daily jobs")
struct DailyJobTests {
    // 25 November 2026 is in GMT, so London's 03:00 is 03:00 UTC.
    let day = CalendarDate(iso: "2026-11-25")!
    func at(_ hour: Int, _ minute: Int) -> Date { UKTime.instant(day, hour: hour, minute: minute) }

    @Test("the day's run is due from three in the morning, once")
    func due() {
        #expect(!DailyJob.isDue(now: at(2, 59), lastRunDay: nil))
        #expect(DailyJob.isDue(now: at(3, 0), lastRunDay: nil))
        #expect(DailyJob.isDue(now: at(3, 0), lastRunDay: CalendarDate(iso: "2026-11-24")))
        #expect(!DailyJob.isDue(now: at(23, 59), lastRunDay: day))
        #expect(at(3, 0) == Date(timeIntervalSince1970: 1_795_575_600))
    }

    @Test("a run silent for more than a quarter of an hour is taken over; at exactly fifteen minutes it is not")
    func lease() {
        let beat = at(3, 0)
        #expect(!DailyJob.isAbandoned(heartbeat: beat, now: beat.addingTimeInterval(900)))
        #expect(DailyJob.isAbandoned(heartbeat: beat, now: beat.addingTimeInterval(901)))
    }
}

@Suite("When a complaint closed")
struct ComplaintClosureTests {
    @Test("the stage 2 response, else an unescalated stage 1 response; open otherwise")
    func closed() {
        let one = day("2026-03-02"), escalated = day("2026-03-09"), two = day("2026-04-20")
        #expect(ComplaintClosure.closedOn(stage1RespondedOn: one, escalatedOn: nil, stage2RespondedOn: nil) == one)
        #expect(ComplaintClosure.closedOn(stage1RespondedOn: one, escalatedOn: escalated,
                                          stage2RespondedOn: nil) == nil)
        #expect(ComplaintClosure.closedOn(stage1RespondedOn: one, escalatedOn: escalated,
                                          stage2RespondedOn: two) == two)
        #expect(ComplaintClosure.closedOn(stage1RespondedOn: nil, escalatedOn: nil, stage2RespondedOn: nil) == nil)
    }
}
