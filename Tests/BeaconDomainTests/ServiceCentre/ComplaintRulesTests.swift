import BeaconDomain
import Testing

@Suite("Complaint deadlines and service request standards")
struct ComplaintRulesTests {
    let england = WorkingDayCalendar(nation: .england)
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test("received Monday 2 March 2026: acknowledge by Monday 9 March, respond 10 working days after acknowledging")
    func stage1() {
        var dates = ComplaintDates(received: day("2026-03-02"))
        let waiting = ComplaintDeadlines(dates, limits: ComplaintLimits(), calendar: england)
        dates.acknowledged = day("2026-03-04")
        let acknowledged = ComplaintDeadlines(dates, limits: ComplaintLimits(), calendar: england)

        #expect(waiting.acknowledge == day("2026-03-09"))
        #expect(waiting.stage1Response == day("2026-03-23"), "10 working days after the acknowledgement's due day while it is not done")
        #expect(acknowledged.stage1Response == day("2026-03-18"))
        #expect(waiting.next(ComplaintDates(received: day("2026-03-02")))?.what == "acknowledgement")
    }

    @Test("an extension of 10 working days across Easter 2026 (Good Friday 3 April, Easter Monday 6 April)")
    func extensionOverEaster() {
        var dates = ComplaintDates(received: day("2026-03-02"))
        dates.acknowledged = day("2026-03-04")
        dates.stage1Extension = 10

        let deadlines = ComplaintDeadlines(dates, limits: ComplaintLimits(), calendar: england)

        // 18 March + 10 working days: 19, 20, 23, 24, 25, 26, 27, 30, 31 March, 1 April.
        #expect(deadlines.stage1Response == day("2026-04-01"))
        dates.stage1Extension = 12
        #expect(ComplaintDeadlines(dates, limits: ComplaintLimits(), calendar: england).stage1Response == day("2026-04-07"),
                "2 April, then Good Friday and Easter Monday skipped, to Tuesday 7 April")
    }

    @Test("stage 2 across Christmas and New Year, in England and in Scotland")
    func stage2OverChristmas() {
        var dates = ComplaintDates(received: day("2026-11-02"))
        dates.acknowledged = day("2026-11-03")
        dates.stage1Responded = day("2026-11-16")
        dates.escalated = day("2026-12-18")
        dates.stage2Acknowledged = day("2026-12-21")

        let england = ComplaintDeadlines(dates, limits: ComplaintLimits(), calendar: england)
        let scotland = ComplaintDeadlines(dates, limits: ComplaintLimits(), calendar: WorkingDayCalendar(nation: .scotland))

        // After Friday 18 December: 21, 22, 23, 24, 29 (25 Christmas, 28 Boxing Day's substitute).
        #expect(england.stage2Acknowledge == day("2026-12-29"))
        // 20 working days after 21 December in England: 22, 23, 24, 29, 30, 31 Dec (6), 4–8 Jan (11), 11–15 (16), 18–21 (20).
        #expect(england.stage2Response == day("2027-01-21"))
        // Scotland also closes on 4 January (2 January's substitute): one day later.
        #expect(scotland.stage2Response == day("2027-01-22"))
        #expect(england.next(dates)?.what == "stage 2 response")
    }

    @Test("a request raised on Christmas Eve with a 2-day standard is due on 30 December; closing then is within")
    func standardOverChristmas() {
        let standard = ResolutionStandard(workingDays: 2, calendar: england)

        #expect(standard.due(raisedOn: day("2026-12-24")) == day("2026-12-30"), "29 is the first working day, 30 the second")
        #expect(standard.closedWithin(raisedOn: day("2026-12-24"), closedOn: day("2026-12-30")))
        #expect(!standard.closedWithin(raisedOn: day("2026-12-24"), closedOn: day("2026-12-31")))
    }

    @Test("departmental resolution: within standard and mean working days")
    func departmental() {
        var resolution = DepartmentalResolution()
        resolution.add(raisedOn: day("2026-03-02"), closedOn: day("2026-03-04"), within: true, calendar: england)
        resolution.add(raisedOn: day("2026-03-02"), closedOn: day("2026-03-12"), within: false, calendar: england)

        #expect(resolution.percentWithin == 50)
        #expect(resolution.meanWorkingDays == 5, "2 working days (3, 4 March) and 8 (3 to 12 March)")
        #expect(DepartmentalResolution().percentWithin == nil)
    }

    @Test("a request's status moves forward only; a finished one takes no update")
    func statuses() {
        #expect(RequestStatus.open.next.contains(.closed))
        #expect(!RequestStatus.inProgress.next.contains(.acknowledged))
        #expect(RequestStatus.closed.next.isEmpty)
        #expect(RequestStatus.rejected.isFinished)
    }

    @Test("answers to a service's questions")
    func answers() throws {
        let questions = try ServiceQuestion.parse("""
        bin | Which bin? | single | required | Recycling; Garden
        count | How many bags? | number | optional
        rooms | Which rooms? | multiple | optional | Kitchen; Bathroom
        """)
        #expect(try ServiceQuestion.check(["bin": "Garden", "count": " 3 ", "rooms": "Kitchen; Bathroom"], against: questions).get()
                == ["bin": "Garden", "count": "3", "rooms": "Kitchen; Bathroom"])
        guard case .failure(let problems) = ServiceQuestion.check(["count": "three", "rooms": "Attic"], against: questions) else {
            Issue.record("bad answers were taken")
            return
        }
        #expect(problems.list.map(\.message) == ["Answer “Which bin?”", "“How many bags?” must be a number, like 3", "Choose among the answers to “Which rooms?”"])
    }
}

@Suite("Complaint steps and measures")
struct ComplaintStepTests {
    let england = WorkingDayCalendar(nation: .england)
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test("each step only in its place: no response before acknowledging, no second extension, no stage 2 before stage 1")
    func steps() {
        var dates = ComplaintDates(received: day("2026-03-02"))
        #expect(ComplaintStep.allCases.filter { $0.isAllowed(dates) } == [.acknowledge])
        dates.acknowledged = day("2026-03-03")
        #expect(ComplaintStep.allCases.filter { $0.isAllowed(dates) } == [.extendStage1, .respondStage1])
        dates.stage1Extension = 5
        #expect(!ComplaintStep.extendStage1.isAllowed(dates))
        dates.stage1Responded = day("2026-03-20")
        #expect(ComplaintStep.allCases.filter { $0.isAllowed(dates) } == [.escalate, .referToOmbudsman])
        #expect(dates.stage == .stage1Answered)
        #expect(ComplaintStep.escalate.earliest(dates) == day("2026-03-20"))
    }

    @Test("measures: in time at the deadline itself, late a day after; upheld counts partly upheld")
    func measures() {
        var measures = ComplaintMeasures()
        var onTime = ComplaintDates(received: day("2026-03-02"))
        onTime.acknowledged = day("2026-03-09")
        onTime.stage1Responded = day("2026-03-23")
        var late = ComplaintDates(received: day("2026-03-02"))
        late.acknowledged = day("2026-03-10")
        late.stage1Responded = day("2026-03-25")
        late.ombudsmanReferred = day("2026-04-01")

        measures.add(onTime, deadlines: ComplaintDeadlines(onTime, limits: ComplaintLimits(), calendar: england), outcome: .partlyUpheld, ombudsman: nil)
        measures.add(late, deadlines: ComplaintDeadlines(late, limits: ComplaintLimits(), calendar: england), outcome: .notUpheld, ombudsman: .upheld)

        #expect([measures.received, measures.acknowledged, measures.acknowledgedInTime] == [2, 2, 1])
        // Late: acknowledged 10 March, so its response was due 24 March; sent on the 25th.
        #expect([measures.stage1Responses, measures.stage1InTime] == [2, 1])
        #expect(measures.percentUpheld == 50)
        #expect(measures.ombudsmanReferrals == 1)
        #expect(measures.ombudsmanFindings == [.upheld: 1])
    }
}
