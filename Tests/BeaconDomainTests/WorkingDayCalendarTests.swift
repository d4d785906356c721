import BeaconDomain
import Testing

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

@Suite("Working days and bank holidays")
struct WorkingDayCalendarTests {
    @Test("Easter Sunday", arguments: [(2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20")])
    func easter(year: Int, expected: String) {
        #expect(CalendarDate.easterSunday(year) == day(expected))
    }

    @Test("day numbers and weekdays")
    func dayArithmetic() {
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("1970-01-01").weekday == 4)
        #expect(day("2026-11-22").weekday == 7)
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2025-03-31").adding(days: 1) == day("2025-04-01"))
        #expect(CalendarDate(dayNumber: day("1969-12-31").dayNumber) == day("1969-12-31"))
    }

    @Test("England's 2024 bank holidays, exactly")
    func england2024() {
        let expected = ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"]
        #expect(BankHolidays.days(in: 2024, for: .england) == Set(expected.map(day)))
    }

    @Test("Christmas on a weekend moves to the next free weekdays")
    func christmasSubstitutes() {
        // 2021: Christmas Saturday, Boxing Day Sunday → Monday 27 and Tuesday 28.
        #expect(BankHolidays.days(in: 2021, for: .england).isSuperset(of: [day("2021-12-27"), day("2021-12-28")]))
        // 2022: Christmas Sunday, Boxing Day Monday → the substitute for Christmas is Tuesday 27.
        let y2022 = BankHolidays.days(in: 2022, for: .england)
        #expect(y2022.isSuperset(of: [day("2022-12-26"), day("2022-12-27")]))
        #expect(!y2022.contains(day("2022-12-28")))
    }

    @Test("Scotland: 2 January, St Andrew's Day, first Monday of August, no Easter Monday")
    func scotland() {
        let y2022 = BankHolidays.days(in: 2022, for: .scotland)
        #expect(y2022.isSuperset(of: [day("2022-01-03"), day("2022-01-04")]))
        let y2024 = BankHolidays.days(in: 2024, for: .scotland)
        #expect(y2024.contains(day("2024-08-05")))
        #expect(!y2024.contains(day("2024-08-26")))
        #expect(!y2024.contains(day("2024-04-01")))
        #expect(y2024.contains(day("2024-12-02")), "St Andrew's Day on Saturday 30 November moves to Monday")
    }

    @Test("Northern Ireland: St Patrick's Day and the Twelfth, with substitutes")
    func northernIreland() {
        #expect(BankHolidays.days(in: 2024, for: .northernIreland).contains(day("2024-03-18")))
        #expect(BankHolidays.days(in: 2025, for: .northernIreland).contains(day("2025-07-14")))
        #expect(!BankHolidays.days(in: 2025, for: .england).contains(day("2025-07-14")))
    }

    @Test("moved and proclaimed days")
    func proclaimed() {
        let y2020 = BankHolidays.days(in: 2020, for: .wales)
        #expect(y2020.contains(day("2020-05-08")) && !y2020.contains(day("2020-05-04")))
        let y2022 = BankHolidays.days(in: 2022, for: .england)
        #expect(y2022.isSuperset(of: [day("2022-06-02"), day("2022-06-03"), day("2022-09-19")]))
        #expect(!y2022.contains(day("2022-05-30")))
    }

    @Test("counting working days across Christmas and Easter")
    func counting() {
        let england = WorkingDayCalendar(nation: .england)
        #expect(england.adding(workingDays: 3, to: day("2024-12-20")) == day("2024-12-27"))
        #expect(england.workingDays(after: day("2024-12-20"), through: day("2024-12-27")) == 3)
        #expect(england.adding(workingDays: 10, to: day("2025-03-31")) == day("2025-04-14"))
        #expect(england.adding(workingDays: 1, to: day("2024-12-31")) == day("2025-01-02"))
        #expect(WorkingDayCalendar(nation: .scotland).adding(workingDays: 1, to: day("2024-12-31")) == day("2025-01-03"))
        #expect(england.adding(workingDays: 0, to: day("2024-12-25")) == day("2024-12-25"))
        #expect(england.workingDays(after: day("2024-12-27"), through: day("2024-12-20")) == 0)
    }
}
