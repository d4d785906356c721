import BeaconDomain
import Foundation
import Testing

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

@Suite("When values are due, and escalation")
struct ValueDueTests {
    // 2024/25 Q3 ends Tuesday 31 December 2024; 1 January is a bank holiday, so ten working
    // days later is Wednesday 15 January 2025.
    let rule = ValueDueRule(calendar: WorkingDayCalendar(nation: .england), dueAfter: 10, escalateAfter: 5)
    let q3 = ReportingPeriod(label: "2024/25 Q3")!

    @Test("due date and overdue from the next day")
    func due() {
        #expect(rule.dueDate(q3) == day("2025-01-15"))
        #expect(!rule.isOverdue(q3, today: day("2025-01-15")))
        #expect(rule.isOverdue(q3, today: day("2025-01-16")))
    }

    @Test("escalation steps", arguments: [("2025-01-10", Escalation.notDue), ("2025-01-16", .reportingOfficer), ("2025-01-22", .reportingOfficer),
                                          ("2025-01-23", .headOfUnit), ("2025-01-29", .headOfUnit), ("2025-01-30", .performanceOfficers)])
    func escalation(today: String, expected: Escalation) {
        #expect(rule.escalation(q3, today: day(today)) == expected)
    }

    @Test("periods that have ended, newest first")
    func ended() {
        let labels = ValueDueRule.endedPeriods(.quarterly, from: 2025, today: day("2026-11-22")).map(\.label)
        #expect(labels == ["2026/27 Q2", "2026/27 Q1", "2025/26 Q4", "2025/26 Q3", "2025/26 Q2", "2025/26 Q1"])
        #expect(ValueDueRule.endedPeriods(.annual, from: 2025, today: day("2026-04-01")).map(\.label) == ["2025/26"])
    }
}

@Suite("Values typed and shown")
struct MeasureTests {
    @Test("reading", arguments: [
        (MeasureUnit.percentage, "87.5%", Measure.number(Decimal(string: "87.5")!)), (.count, "1,234", .number(1234)),
        (.currency, "£12.50", .number(1250)), (.yesNo, "Yes", .yesNo(true)), (.date, "2005-03-31", .date(day("2005-03-31"))),
        (.days, "-2", .number(-2)),
    ])
    func reads(unit: MeasureUnit, text: String, expected: Measure) throws {
        #expect(try unit.parse(text).get() == expected)
    }

    @Test("refusing", arguments: [(MeasureUnit.currency, "£12.505"), (.count, "12a"), (.percentage, ""), (.yesNo, "maybe"), (.date, "31/03/2005"), (.count, "1e5")])
    func refuses(unit: MeasureUnit, text: String) {
        #expect(throws: MeasureError.self) { try unit.parse(text).get() }
    }

    @Test("showing with decimal places")
    func formats() {
        #expect(MeasureUnit.currency.format(.number(123_456), places: 0) == "£1,234.56")
        #expect(MeasureUnit.percentage.format(.number(Decimal(string: "87.456")!), places: 1) == "87.5%")
        #expect(MeasureUnit.count.format(.number(1_234_567), places: 0) == "1,234,567")
        #expect(MeasureUnit.days.format(.number(Decimal(string: "-2.45")!), places: 1) == "-2.5")
        #expect(MeasureUnit.seconds.format(.number(Decimal(string: "0.05")!), places: 2) == "0.05")
        #expect(MeasureUnit.seconds.format(.number(7), places: 2) == "7.00")
        #expect(MeasureUnit.yesNo.format(.yesNo(false), places: 0) == "No")
        #expect(MeasureUnit.currency.inputText(.number(1250)) == "12.5")
    }
}

@Suite("Checking an import file")
struct ValueImportTests {
    let indicators = [
        "BV 8": ImportableIndicator(unit: .percentage, polarity: .higherIsBetter, frequency: .quarterly),
        "LPI 1": ImportableIndicator(unit: .days, polarity: .band, frequency: .annual),
        "CALC": ImportableIndicator(unit: .count, polarity: .higherIsBetter, frequency: .annual, refusal: "calculated from a formula, so it cannot be imported"),
    ]

    @Test("good rows are read")
    func good() {
        let check = ValueImport.check(header: ["code", "period", "actual", "target", "tolerance", "commentary"], records: [
            ["BV 8", "2004/05 Q1", "91.5", "90", "5%", "Better than expected"],
            ["LPI 1", "2004/05", "", "40 to 60", "2", ""],
        ], indicators: indicators)
        #expect(check.canImport)
        #expect(check.rows.first?.actual == .number(Decimal(string: "91.5")!))
        #expect(check.rows.last?.target == .band(low: 40, high: 60))
        #expect(check.rows.last?.tolerance == .absolute(2))
    }

    @Test("wrong columns stop the whole file")
    func columns() {
        #expect(ValueImport.check(header: ["code", "period", "value"], records: [["BV 8", "2004/05 Q1", "1"]], indicators: indicators)
            .fileProblem?.hasPrefix("The column “value” is not one Beacon reads") == true)
        #expect(ValueImport.check(header: ["period", "actual"], records: [["2004/05 Q1", "1"]], indicators: indicators)
            .fileProblem?.hasPrefix("The file has no “code” column") == true)
        #expect(ValueImport.check(header: ["code", "period"], records: [], indicators: indicators).fileProblem == "The file has no rows after the first line.")
    }

    @Test("every bad row is reported with its line and reason")
    func rejections() {
        let check = ValueImport.check(header: ["code", "period", "actual", "missing_reason", "target", "tolerance"], records: [
            ["BV 8", "2004/05 Q1", "91.5", "", "", ""],
            ["BV 8", "2004/05 Q2", "ninety", "", "", ""],
            ["BV 99", "2004/05 Q1", "1", "", "", ""],
            ["BV 8", "2004/05 Q1", "92", "", "", ""],
            ["BV 8", "2004/05", "92", "", "", ""],
            ["BV 8", "2004/05 Q3", "92", "not_collected", "", ""],
            ["BV 8", "2004/05 Q4", "", "", "", "5%"],
            ["CALC", "2004/05", "1", "", "", ""],
            ["BV 8", "2004/05 Q4", "1"],
            ["BV 8", "Spring 2004", "1", "", "", ""],
            ["BV 8", "2005/06 Q1", "", "", "", ""],
        ], indicators: indicators)
        #expect(!check.canImport)
        #expect(check.rows.count == 1)
        #expect(check.rejections == [
            .init(line: 3, reason: "BV 8 2004/05 Q2: actual “ninety” cannot be read (enter a number, like 87.5)."),
            .init(line: 4, reason: "There is no indicator with the code “BV 99”."),
            .init(line: 5, reason: "Repeats BV 8 for 2004/05 Q1, already given on line 2."),
            .init(line: 6, reason: "BV 8 is reported quarterly, so 2004/05 is not one of its periods."),
            .init(line: 7, reason: "BV 8 2004/05 Q3: give an actual or a missing reason, not both."),
            .init(line: 8, reason: "BV 8 2004/05 Q4: a tolerance needs a target on the same row."),
            .init(line: 9, reason: "CALC: calculated from a formula, so it cannot be imported"),
            .init(line: 10, reason: "Has 3 values; the first line names 6 columns."),
            .init(line: 11, reason: "“Spring 2004” is not a period; write it like 2004/05, 2004/05 Q1, 2004/05 H1 or April 2004."),
            .init(line: 12, reason: "BV 8 2005/06 Q1: give at least one of actual, missing_reason, estimate or target."),
        ])
    }
}
