import BeaconDomain
import Foundation
import Testing

/// Each measure on small hand-made sets, with the spec's default thresholds (5 s short abandon,
/// answered within 20 s, letters and emails within 10 working days).
@Suite("Service centre measures")
struct ContactMeasureTests {
    let nine = ISOInstant.parse("2026-03-02T09:00:00Z")!
    let england = WorkingDayCalendar(nation: .england)

    func call(_ id: String, wait: Double?, length: Double, _ outcome: ContactOutcome) -> CallRecord {
        let answered = wait.map { nine.addingTimeInterval($0) }
        return CallRecord(contactID: id, channel: .phone, queue: "COUNCILTAX", arrived: nine, answered: answered,
                          ended: (answered ?? nine).addingTimeInterval(length), outcome: outcome)
    }

    func tally(_ records: [CallRecord], _ calendar: WorkingDayCalendar? = nil) -> ContactTally {
        records.reduce(ContactTally()) { $0 + ContactTally($1, thresholds: MeasureThresholds(), calendar: calendar ?? england) }
    }

    var sixCalls: [CallRecord] {
        [call("1", wait: 20, length: 200, .resolved),     // answered exactly at the threshold: within
         call("2", wait: 21, length: 100, .transferred),  // one second late
         call("3", wait: nil, length: 5, .abandoned),     // short abandon: hung up at 5 s
         call("4", wait: nil, length: 6, .abandoned),     // a real abandon
         call("5", wait: 0, length: 60, .requestRaised),
         call("6", wait: nil, length: 30, .callback)]     // queued, asked for a callback
    }

    @Test("counts: short abandons leave offered; the callback is offered but not answered")
    func counts() {
        let calls = tally(sixCalls)
        #expect(ContactMeasure.offered.value(calls) == 5)
        #expect(ContactMeasure.shortAbandons.value(calls) == 1)
        #expect(ContactMeasure.answered.value(calls) == 3)
        #expect(ContactMeasure.answeredWithin.value(calls) == 2)
        #expect(ContactMeasure.abandoned.value(calls) == 1)
    }

    @Test("service level 2/5, abandonment 1/5, first contact resolution 1/4")
    func rates() {
        let calls = tally(sixCalls)
        #expect(ContactMeasure.serviceLevel.value(calls) == 40)
        #expect(ContactMeasure.abandonmentRate.value(calls) == 20)
        #expect(ContactMeasure.firstContactResolution.value(calls) == 25)
        #expect(ContactMeasure.serviceLevel.formatted(calls) == "40.0%")
    }

    @Test("speed of answer (20+21+0)/3, longest wait 21 s, handling (200+100+60)/3")
    func times() throws {
        let calls = tally(sixCalls)
        #expect(abs(try #require(ContactMeasure.averageSpeedOfAnswer.value(calls)) - 41.0 / 3) < 0.000_001)
        #expect(ContactMeasure.longestWait.value(calls) == 21)
        #expect(ContactMeasure.averageHandlingTime.value(calls) == 120)
    }

    @Test("a lower threshold moves the call answered at 20 s out of the service level")
    func thresholdChange() {
        let strict = MeasureThresholds(shortAbandonSeconds: 5, answerWithinSeconds: 19)
        let calls = sixCalls.reduce(ContactTally()) { $0 + ContactTally($1, thresholds: strict, calendar: england) }
        #expect(ContactMeasure.serviceLevel.value(calls) == 20)
    }

    @Test("nothing offered or answered gives no figure, not zero")
    func empty() {
        let none = ContactTally()
        #expect(ContactMeasure.serviceLevel.value(none) == nil)
        #expect(ContactMeasure.averageSpeedOfAnswer.value(none) == nil)
        #expect(ContactMeasure.longestWait.value(none) == nil)
        #expect(ContactMeasure.offered.value(none) == 0)
        #expect(ContactMeasure.serviceLevel.formatted(none) == "—")
    }

    @Test("tallies add up: a month of days is the tally of all its contacts; the longest wait is the larger")
    func additive() {
        let split = tally(Array(sixCalls.prefix(2))) + tally(Array(sixCalls.dropFirst(2)))
        #expect(split == tally(sixCalls))
        #expect(split.longestWaitMillis == 21_000)
    }

    @Test("an email over Christmas 2026: 9 working days in England, 8 in Scotland (2 January's substitute on 4 January)")
    func correspondenceOverChristmas() {
        let email = CallRecord(contactID: "e1", channel: .email, arrived: ISOInstant.parse("2026-12-18T10:00:00Z")!,
                               answered: ISOInstant.parse("2027-01-05T16:00:00Z")!, ended: ISOInstant.parse("2027-01-05T16:10:00Z")!,
                               outcome: .resolved)
        let inEngland = tally([email])
        let inScotland = tally([email], WorkingDayCalendar(nation: .scotland))
        #expect(inEngland.correspondenceWorkingDays == 9)
        #expect(inScotland.correspondenceWorkingDays == 8)
        #expect(ContactMeasure.correspondenceOnTime.value(inEngland) == 100)
    }

    @Test("a letter answered on the 11th working day is late")
    func lateLetter() {
        let letter = CallRecord(contactID: "l1", channel: .letter, arrived: ISOInstant.parse("2026-03-02T09:00:00Z")!,
                                answered: ISOInstant.parse("2026-03-17T09:00:00Z")!, ended: ISOInstant.parse("2026-03-17T09:05:00Z")!,
                                outcome: .resolved)
        let onTime = CallRecord(contactID: "l2", channel: .letter, arrived: ISOInstant.parse("2026-03-02T09:00:00Z")!,
                                answered: ISOInstant.parse("2026-03-16T09:00:00Z")!, ended: ISOInstant.parse("2026-03-16T09:05:00Z")!,
                                outcome: .resolved)
        let letters = tally([letter, onTime])
        #expect(letters.correspondenceWorkingDays == 21)
        #expect(ContactMeasure.correspondenceOnTime.value(letters) == 50)
        #expect(ContactMeasure.correspondenceMeanDays.value(letters) == 10.5)
    }
}
