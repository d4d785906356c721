import BeaconDomain
import Foundation
import Testing

private func judge(_ actual: Decimal?, _ target: TargetValue?, _ polarity: Polarity, _ tolerance: Tolerance,
                   overdue: Bool = false, missing: MissingReason? = nil) -> RAGStatus {
    StatusRule.judge(actual: actual.map(Measure.number), missing: missing, target: target, polarity: polarity,
                     tolerance: tolerance, overdue: overdue)
}

@Suite("Status against target")
struct StatusRuleTests {
    // Target 90 with 5% tolerance: the amber band is 85.5 up to (not including) 90.
    @Test("higher is better", arguments: [(Decimal(95), RAGStatus.green), (90, .green), (Decimal(string: "89.99")!, .amber),
                                          (Decimal(string: "85.5")!, .amber), (Decimal(string: "85.49")!, .red)])
    func higherIsBetter(actual: Decimal, expected: RAGStatus) {
        #expect(judge(actual, .number(90), .higherIsBetter, .percent(5)) == expected)
    }

    // Target 10 days with an absolute tolerance of 2: amber above 10 up to and including 12.
    @Test("lower is better", arguments: [(Decimal(5), RAGStatus.green), (10, .green), (12, .amber), (Decimal(string: "12.01")!, .red)])
    func lowerIsBetter(actual: Decimal, expected: RAGStatus) {
        #expect(judge(actual, .number(10), .lowerIsBetter, .absolute(2)) == expected)
    }

    // Band 40 to 60 with 10%: 4 of slack below 40, 6 above 60.
    @Test("within a band", arguments: [(Decimal(40), RAGStatus.green), (60, .green), (50, .green), (36, .amber),
                                       (Decimal(string: "35.99")!, .red), (66, .amber), (Decimal(string: "66.01")!, .red)])
    func band(actual: Decimal, expected: RAGStatus) {
        #expect(judge(actual, .band(low: 40, high: 60), .band, .percent(10)) == expected)
    }

    @Test("a zero target: a percentage tolerance of zero is no tolerance")
    func zeroTarget() {
        #expect(judge(0, .number(0), .higherIsBetter, .percent(5)) == .green)
        #expect(judge(-1, .number(0), .higherIsBetter, .percent(5)) == .red)
        #expect(judge(1, .number(0), .lowerIsBetter, .percent(5)) == .red)
        #expect(judge(1, .number(0), .lowerIsBetter, .absolute(1)) == .amber)
    }

    @Test("yes/no and date indicators are met or not")
    func yesNoAndDates() {
        let yes = StatusRule.judge(actual: .yesNo(true), target: .yesNo(true), polarity: .higherIsBetter, tolerance: .percent(5), overdue: false)
        let no = StatusRule.judge(actual: .yesNo(false), target: .yesNo(true), polarity: .higherIsBetter, tolerance: .percent(5), overdue: false)
        #expect(yes == .green && no == .red)
        let deadline = CalendarDate(iso: "2005-01-31")!
        let onTheDay = StatusRule.judge(actual: .date(deadline), target: .date(deadline), polarity: .lowerIsBetter, tolerance: .percent(5), overdue: false)
        let dayLate = StatusRule.judge(actual: .date(deadline.adding(days: 1)), target: .date(deadline), polarity: .lowerIsBetter, tolerance: .percent(5), overdue: false)
        #expect(onTheDay == .green && dayLate == .red)
    }

    @Test("no judgement: data only, no target, missing values")
    func noStatus() {
        #expect(judge(50, .number(40), .dataOnly, .percent(5)) == .noStatus)
        #expect(judge(50, nil, .higherIsBetter, .percent(5)) == .noStatus)
        #expect(judge(nil, .number(40), .higherIsBetter, .percent(5)) == .noStatus, "missing but not yet due")
        #expect(judge(nil, .number(40), .higherIsBetter, .percent(5), overdue: true) == .overdue)
        #expect(judge(nil, .number(40), .higherIsBetter, .percent(5), overdue: true, missing: .notCollected) == .noStatus)
        #expect(judge(nil, .number(40), .higherIsBetter, .percent(5), overdue: true, missing: .notApplicable) == .noStatus)
        #expect(judge(nil, .number(40), .higherIsBetter, .percent(5), overdue: true, missing: .notYetAvailable) == .overdue)
        #expect(judge(nil, nil, .dataOnly, .percent(5), overdue: true) == .overdue, "even data-only values are owed")
    }

    @Test("whether a past target was met ignores tolerance")
    func met() {
        #expect(StatusRule.met(actual: .number(90), target: .number(90), polarity: .higherIsBetter) == true)
        #expect(StatusRule.met(actual: .number(Decimal(string: "89.9")!), target: .number(90), polarity: .higherIsBetter) == false)
        #expect(StatusRule.met(actual: .number(90), target: nil, polarity: .higherIsBetter) == nil)
    }

    @Test("tolerances as written")
    func tolerances() {
        #expect(Tolerance(text: "5%") == .percent(5))
        #expect(Tolerance(text: " 2.5 ") == .absolute(Decimal(string: "2.5")!))
        #expect(Tolerance(text: "five") == nil)
        #expect(Tolerance(text: "-5%") == nil)
        #expect(Tolerance.percent(5).amount(for: 90) == Decimal(string: "4.5"))
    }
}
