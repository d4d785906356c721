/// The bank holidays of a UK nation in a year, by the rules of the Banking and Financial
/// Dealings Act 1971 and the royal proclamations that moved or added days.
public enum BankHolidays {
    /// Days proclaimed once, by the nations they applied to (all four unless named).
    static let proclaimed: [(String, Set<Nation>)] = [
        ("1999-12-31", Set(Nation.allCases)),
        ("2002-06-03", Set(Nation.allCases)),
        ("2011-04-29", Set(Nation.allCases)),
        ("2012-06-05", Set(Nation.allCases)),
        ("2022-06-03", Set(Nation.allCases)),
        ("2022-09-19", Set(Nation.allCases)),
        ("2023-05-08", Set(Nation.allCases)),
    ]

    public static func days(in year: Int, for nation: Nation) -> Set<CalendarDate> {
        let date = { (month: Int, day: Int) in CalendarDate(computedYear: year, month: month, day: day) }
        let easter = CalendarDate.easterSunday(year)
        var moveable: [CalendarDate] = [easter.adding(days: -2), earlyMay(year), springBank(year)]
        if nation != .scotland { moveable.append(easter.adding(days: 1)) }
        moveable.append(nation == .scotland ? date(8, 1).next(weekday: 1) : date(8, 31).previous(weekday: 1))
        var fixed = [date(1, 1), date(12, 25), date(12, 26)]
        switch nation {
        case .scotland: fixed += [date(1, 2), date(11, 30)]
        case .northernIreland: fixed += [date(3, 17), date(7, 12)]
        case .england, .wales: break
        }
        var days = Set(moveable)
        days.formUnion(proclaimed.compactMap { text, nations in
            nations.contains(nation) ? CalendarDate(iso: text).flatMap { $0.year == year ? $0 : nil } : nil
        })
        days.formUnion(fixed.filter { !$0.isWeekend })
        // A fixed day on a weekend gives the next weekday that is not already a holiday, taken in date order.
        for day in fixed.filter(\.isWeekend).sorted() {
            var substitute = day.adding(days: 1)
            while substitute.isWeekend || days.contains(substitute) { substitute = substitute.adding(days: 1) }
            days.insert(substitute)
        }
        return days
    }

    private static func earlyMay(_ year: Int) -> CalendarDate {
        // Moved to 8 May for the 50th and 75th anniversaries of VE Day.
        if year == 1995 || year == 2020 { return CalendarDate(computedYear: year, month: 5, day: 8) }
        return CalendarDate(computedYear: year, month: 5, day: 1).next(weekday: 1)
    }

    private static func springBank(_ year: Int) -> CalendarDate {
        // Moved for the Golden, Diamond and Platinum Jubilees.
        switch year {
        case 2002, 2012: return CalendarDate(computedYear: year, month: 6, day: 4)
        case 2022: return CalendarDate(computedYear: year, month: 6, day: 2)
        default: return CalendarDate(computedYear: year, month: 5, day: 31).previous(weekday: 1)
        }
    }
}

/// Monday to Friday, not a bank holiday of the council's nation: the days deadlines count.
/// Holidays come from the published gov.uk file for the years it covers, else from the rules.
public struct WorkingDayCalendar: Sendable {
    public let nation: Nation
    public let published: PublishedBankHolidays?

    public init(nation: Nation, published: PublishedBankHolidays? = nil) {
        self.nation = nation
        self.published = published
    }

    public func holidays(in year: Int) -> Set<CalendarDate> {
        published?.days(in: year, for: nation) ?? BankHolidays.days(in: year, for: nation)
    }

    public func isWorkingDay(_ day: CalendarDate) -> Bool {
        !day.isWeekend && !holidays(in: day.year).contains(day)
    }

    /// The working day that is `count` working days after `day` (the day itself not counted).
    public func adding(workingDays count: Int, to day: CalendarDate) -> CalendarDate {
        var current = day
        var remaining = count
        while remaining > 0 {
            current = current.adding(days: 1)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// How many working days fall after `start` up to and including `end`; 0 when end is not later.
    public func workingDays(after start: CalendarDate, through end: CalendarDate) -> Int {
        guard end > start else { return 0 }
        return (1...(end.dayNumber - start.dayNumber)).count { isWorkingDay(start.adding(days: $0)) }
    }
}
