import BeaconDomain
import Foundation
import Testing

private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

@Suite("Decision notices: workflow, deadlines and member requests")
struct DecisionWorkflowTests {
    static let allowed: [(NoticeStatus, NoticeStep, NoticeStatus)] = [
        (.draft, .publish, .open), (.draft, .withdraw, .withdrawn), (.open, .withdraw, .withdrawn),
        (.open, .referToCabinet, .referredToCabinet), (.open, .decide, .decided), (.open, .decideUrgently, .effective),
        (.decided, .callIn, .calledIn), (.decided, .endCallInPeriod, .effective), (.calledIn, .letStand, .effective),
        (.calledIn, .referBack, .referredBack), (.referredBack, .decide, .effective),
    ]

    @Test("every allowed transition")
    func allowedTransitions() {
        for (from, step, to) in Self.allowed {
            #expect(DecisionWorkflow.next(from: from, by: step) == to, "\(from) \(step)")
        }
    }

    // The call-in period of a decision taken 1 December 2026 ends at 17:00 on the 8th (UTC here).
    @Test("a decision becomes effective at the very moment its call-in period ends, and only a decision does")
    func effectiveWhenCallInEnds() {
        let ends = Date(timeIntervalSince1970: 1_796_749_200)
        #expect(NoticeStatus.decided.at(ends.addingTimeInterval(-1), effectiveAt: ends) == .decided)
        #expect(NoticeStatus.decided.at(ends, effectiveAt: ends) == .effective)
        #expect(NoticeStatus.decided.at(ends.addingTimeInterval(86_400), effectiveAt: ends) == .effective)
        #expect(NoticeStatus.decided.at(ends, effectiveAt: nil) == .decided, "no end known yet")
        #expect(NoticeStatus.calledIn.at(ends, effectiveAt: ends) == .calledIn, "called in: it waits for scrutiny")
        #expect(NoticeStatus.withdrawn.at(ends, effectiveAt: ends) == .withdrawn)
    }

    @Test("every other transition is refused")
    func refusedTransitions() {
        var refused = 0
        for status in NoticeStatus.allCases {
            for step in NoticeStep.allCases where !Self.allowed.contains(where: { $0.0 == status && $0.1 == step }) {
                #expect(DecisionWorkflow.next(from: status, by: step) == nil, "\(status) \(step)")
                refused += 1
            }
        }
        #expect(refused == NoticeStatus.allCases.count * NoticeStep.allCases.count - Self.allowed.count)
        #expect(DecisionWorkflow.next(from: .withdrawn, by: .publish) == nil)
        #expect(DecisionWorkflow.next(from: .referredToCabinet, by: .decide) == nil, "the portfolio holder can no longer decide alone")
    }

    @Test("the fourth distinct member does not refer; the fifth does; asking twice counts once")
    func referralThreshold() {
        let members = (0..<6).map { _ in UUID() }
        let eligible = Set(members.prefix(5))
        let tally = MemberTally(threshold: 5)
        let four = Array(members.prefix(4))
        #expect(tally.count(requests: four, eligible: eligible) == 4)
        #expect(!tally.isReached(requests: four, eligible: eligible))
        #expect(!tally.isReached(requests: four + [members[0]], eligible: eligible), "a repeated request by the same member")
        #expect(!tally.isReached(requests: four + [members[5]], eligible: eligible), "a member who is not eligible")
        #expect(tally.isReached(requests: four + [members[4]], eligible: eligible))
    }

    @Test("a decision one minute before the deadline is refused; at the deadline it is allowed")
    func deadline() {
        let deadline = UKTime.instant(day("2026-03-10"), hour: 17, minute: 0)
        let window = RepresentationWindow(deadline: deadline)
        let minuteBefore = deadline.addingTimeInterval(-60)
        #expect(!window.mayDecide(at: minuteBefore))
        #expect(window.isOpen(at: minuteBefore))
        #expect(window.mayDecide(at: deadline))
        #expect(!window.isOpen(at: deadline), "representations close at the deadline")
    }

    @Test("a form's date and time is read as UK time, in winter and in summer")
    func parseLocal() {
        #expect(UKTime.parseLocal("2026-12-04T17:00") == Date(timeIntervalSince1970: 1_796_403_600), "GMT: 17:00 UTC")
        #expect(UKTime.parseLocal("2026-07-01 09:30") == Date(timeIntervalSince1970: 1_782_894_600), "BST: 08:30 UTC")
        #expect(UKTime.parseLocal("2026-12-04") == nil)
        #expect(UKTime.parseLocal("2026-12-04T25:00") == nil)
        #expect(UKTime.long(UKTime.parseLocal("2026-07-01T09:30")!) == "1 July 2026, 09:30")
        #expect(UKTime.local(UKTime.parseLocal("2026-07-01T09:30")!) == "2026-07-01T09:30")
    }

    // Instants worked by hand: the clocks go back at 02:00 BST on 25 October 2026 (01:00–02:00
    // comes twice) and forward at 01:00 GMT on 28 March 2027 (01:00–02:00 never comes).
    @Test("a time in the hour the clocks go back is the second one; a skipped time is read an hour on")
    func clockChanges() {
        #expect(UKTime.parseLocal("2026-10-25T00:59") == Date(timeIntervalSince1970: 1_792_886_340), "still BST: 23:59 UTC")
        #expect(UKTime.parseLocal("2026-10-25T01:30") == Date(timeIntervalSince1970: 1_792_891_800), "the GMT 01:30, not 00:30 UTC")
        #expect(UKTime.parseLocal("2026-10-25T02:00") == Date(timeIntervalSince1970: 1_792_893_600), "GMT: 02:00 UTC")
        #expect(UKTime.parseLocal("2027-03-28T01:30") == Date(timeIntervalSince1970: 1_806_197_400), "shown as 02:30 BST")
        #expect(UKTime.local(Date(timeIntervalSince1970: 1_792_888_200)) == "2026-10-25T01:30", "the first 01:30 shows as 01:30 too")
    }

    @Test("UK times follow summer time")
    func ukTime() {
        #expect(UKTime.instant(day("2026-01-15"), hour: 16, minute: 0) == Date(timeIntervalSince1970: 1_768_492_800))
        #expect(UKTime.instant(day("2026-07-15"), hour: 16, minute: 0) == Date(timeIntervalSince1970: 1_784_127_600))
    }
}

@Suite("Call-in periods, clear days and key decisions")
struct DecisionTimesTests {
    // Published Wednesday 1 April 2026; Good Friday 3 April and Easter Monday 6 April are not
    // working days, so the five are 2, 7, 8, 9 and 10 April; 4pm BST is 15:00 UTC.
    @Test("a call-in period across Easter")
    func easter() {
        let period = CallInPeriod(workingDays: 5, calendar: WorkingDayCalendar(nation: .england))
        #expect(period.lastDay(publishedOn: day("2026-04-01")) == day("2026-04-10"))
        #expect(period.ends(publishedOn: day("2026-04-01")) == UKTime.instant(day("2026-04-10"), hour: 16, minute: 0))
        #expect(period.isOpen(publishedOn: day("2026-04-01"), at: UKTime.instant(day("2026-04-10"), hour: 15, minute: 59)))
        #expect(!period.isOpen(publishedOn: day("2026-04-01"), at: UKTime.instant(day("2026-04-10"), hour: 16, minute: 0)))
    }

    // Published Tuesday 22 December 2026: 23, 24, then Christmas (Friday) and Boxing Day's
    // substitute (Monday 28) are skipped, then 29, 30, 31 December.
    @Test("a call-in period across Christmas, with a substitute bank holiday")
    func christmas() {
        let period = CallInPeriod(workingDays: 5, calendar: WorkingDayCalendar(nation: .england))
        #expect(period.lastDay(publishedOn: day("2026-12-22")) == day("2026-12-31"))
    }

    // Published Wednesday 30 December 2026. England: 31 Dec, then New Year's Day (Friday) is
    // skipped: 31, 4, 5, 6, 7 January. Scotland also skips Monday 4 January, the substitute
    // for 2 January (a Saturday): 31, 5, 6, 7, 8 January.
    @Test("a call-in period across New Year, in England and in Scotland")
    func newYear() {
        let england = CallInPeriod(workingDays: 5, calendar: WorkingDayCalendar(nation: .england))
        let scotland = CallInPeriod(workingDays: 5, calendar: WorkingDayCalendar(nation: .scotland))
        #expect(england.lastDay(publishedOn: day("2026-12-30")) == day("2027-01-07"))
        #expect(scotland.lastDay(publishedOn: day("2026-12-30")) == day("2027-01-08"))
    }

    @Test("clear days leave out both the day of notice and the day of decision")
    func clearDays() {
        #expect(ClearDays.between(day("2026-03-01"), and: day("2026-03-30")) == 28)
        #expect(ClearDays.between(day("2026-03-01"), and: day("2026-03-29")) == 27)
        #expect(ClearDays.between(day("2026-03-01"), and: day("2026-03-02")) == 0)
        #expect(ClearDays.between(day("2026-03-01"), and: day("2026-03-01")) == 0)
    }

    @Test("27 clear days is not enough for a key decision in the forward plan; 28 is")
    func forwardPlanNotice() {
        let rule = KeyDecisionRule(thresholdPence: 50_000_000)
        #expect(rule.refusal(noticeOn: day("2026-03-01"), decisionOn: day("2026-03-30"), route: .forwardPlan) == nil)
        #expect(rule.refusal(noticeOn: day("2026-03-01"), decisionOn: day("2026-03-29"), route: .forwardPlan)
            == "A key decision needs 28 clear days in the forward plan; this had 27. Use the general exception (5 clear days) or special urgency, and record it.")
    }

    @Test("the general exception needs 5 clear days; special urgency none, and is exempt from call-in")
    func exceptions() {
        let rule = KeyDecisionRule(thresholdPence: 50_000_000)
        #expect(rule.refusal(noticeOn: day("2026-03-01"), decisionOn: day("2026-03-07"), route: .generalException) == nil)
        #expect(rule.refusal(noticeOn: day("2026-03-01"), decisionOn: day("2026-03-06"), route: .generalException) != nil)
        #expect(rule.refusal(noticeOn: day("2026-03-01"), decisionOn: day("2026-03-01"), route: .specialUrgency) == nil)
        #expect(KeyDecisionRoute.specialUrgency.isExemptFromCallIn)
        #expect(!KeyDecisionRoute.generalException.isExemptFromCallIn)
    }

    @Test("a key decision spends or saves more than the threshold, or affects two or more wards")
    func keyDecision() {
        let rule = KeyDecisionRule(thresholdPence: 50_000_000)
        #expect(rule.isKey(amountPence: 50_000_001, wardsAffected: 0))
        #expect(!rule.isKey(amountPence: 50_000_000, wardsAffected: 1), "exactly the threshold is not more than it")
        #expect(rule.isKey(amountPence: -60_000_000, wardsAffected: 0), "a saving counts too")
        #expect(rule.isKey(amountPence: 0, wardsAffected: 2))
    }
}
