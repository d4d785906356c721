/// Counting days: the arithmetic working days, periods and deadlines are built on.
extension CalendarDate {
    /// Days since 1 January 1970 (negative before), by the proleptic Gregorian calendar.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil: exact for every Gregorian date, no Foundation needed.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day with the given day number.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(computedYear: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// 1 for Monday … 7 for Sunday (ISO 8601).
    public var weekday: Int {
        // 1 January 1970 was a Thursday (4).
        ((dayNumber % 7) + 7 + 3) % 7 + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// The last day of the month this day is in.
    public var endOfMonth: CalendarDate {
        CalendarDate(computedYear: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    /// The first day of the month this day is in.
    public var startOfMonth: CalendarDate { CalendarDate(computedYear: year, month: month, day: 1) }

    /// The first day of the month after this day's.
    public var startOfNextMonth: CalendarDate {
        month == 12
            ? CalendarDate(computedYear: year + 1, month: 1, day: 1)
            : CalendarDate(computedYear: year, month: month + 1, day: 1)
    }

    /// The first day of the month before this day's.
    public var startOfPreviousMonth: CalendarDate {
        month == 1
            ? CalendarDate(computedYear: year - 1, month: 12, day: 1)
            : CalendarDate(computedYear: year, month: month - 1, day: 1)
    }

    /// The first given weekday (1 = Monday) on or after this day.
    public func next(weekday target: Int) -> CalendarDate {
        adding(days: (target - weekday + 7) % 7)
    }

    /// The last given weekday (1 = Monday) on or before this day.
    public func previous(weekday target: Int) -> CalendarDate {
        adding(days: -((weekday - target + 7) % 7))
    }

    /// Easter Sunday in the given year (the anonymous Gregorian algorithm).
    public static func easterSunday(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(computedYear: year, month: month, day: day)
    }
}
