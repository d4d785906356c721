import BeaconDomain
import Foundation
import Testing

@Suite("Made-up contacts for the demo and the benchmark")
struct SyntheticContactsTests {
    let monday = CalendarDate(year: 2026, month: 3, day: 2)!

    @Test("the same seed makes the same contacts")
    func repeatable() {
        var first = SyntheticContacts(seed: 7, queues: ["BINS", "TAX"])
        var second = SyntheticContacts(seed: 7, queues: ["BINS", "TAX"])
        #expect(first.day(monday, average: 200, workingDay: true) == second.day(monday, average: 200, workingDay: true))
    }

    @Test("every contact is one the importer would take, and the day's measures are plausible")
    func valid() throws {
        var contacts = SyntheticContacts(seed: 1, queues: ["BINS"])
        let records = contacts.day(monday, average: 2_000, workingDay: true)
        for record in records { #expect((try? CallRecord.checked(record).get()) != nil, "\(record)") }
        let tally = records.reduce(ContactTally()) { $0 + ContactTally($1, thresholds: MeasureThresholds(), calendar: WorkingDayCalendar(nation: .england)) }
        let phone = records.filter { $0.channel == .phone }.reduce(ContactTally()) { $0 + ContactTally($1, thresholds: MeasureThresholds(), calendar: WorkingDayCalendar(nation: .england)) }
        let expected: ClosedRange<Double> = 2_475...3_025  // 2,000 × 1.25 (a Monday) × 1.1 (March) × 0.9 to 1.1 (the day's chance)
        #expect(expected.contains(Double(tally.contacts)), "a March Monday")
        #expect((40...90).contains(try #require(ContactMeasure.serviceLevel.value(phone))))
        #expect((1...15).contains(try #require(ContactMeasure.abandonmentRate.value(phone))))
    }

    @Test("weekends and bank holidays bring web, email and social media only, and far fewer contacts")
    func closedDays() {
        var contacts = SyntheticContacts(seed: 3, queues: [])
        let saturday = contacts.day(monday.adding(days: 5), average: 1_000, workingDay: false)
        #expect(saturday.count < 150)
        #expect(saturday.allSatisfy { [.web, .email, .social].contains($0.channel) })
    }

    @Test("nothing arrives or is answered after the moment given")
    func until() {
        var contacts = SyntheticContacts(seed: 5, queues: [])
        let noon = UKTime.instant(monday, hour: 12, minute: 0)
        let records = contacts.day(monday, average: 1_000, workingDay: true, until: noon)
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0.arrived <= noon && ($0.answered ?? noon) <= noon })
    }
}
