/// The length of a reporting period.
public enum PeriodKind: String, CaseIterable, Codable, Sendable {
    case year
    case half
    case quarter
    case month

    /// How many of these make a financial year.
    public var perYear: Int {
        switch self {
        case .year: 1
        case .half: 2
        case .quarter: 4
        case .month: 12
        }
    }

    var months: Int { 12 / perYear }
}

/// A financial year (1 April – 31 March, written `2004/05`), or a half (`2004/05 H1`), quarter
/// (`2004/05 Q1`, April–June) or month (`April 2004`) of one.
public struct ReportingPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let kind: PeriodKind
    /// The calendar year the financial year starts in: 2004 for 2004/05.
    public let startYear: Int
    /// 1-based position in the year: Q1…Q4, H1…H2, month 1 (April)…12 (March).
    public let index: Int

    /// Nil unless the index is one of the year's and the year starts within `CalendarDate.supportedYears`.
    public init?(kind: PeriodKind, startYear: Int, index: Int) {
        guard CalendarDate.supportedYears.contains(startYear), (1...kind.perYear).contains(index) else { return nil }
        self.init(computed: kind, startYear: startYear, index: index)
    }

    /// A period worked out from another (the one before, a year earlier), which may lie outside
    /// the years accepted from outside; never for numbers read from outside.
    init(computed kind: PeriodKind, startYear: Int, index: Int) {
        self.kind = kind
        self.startYear = startYear
        self.index = index
    }

    /// The financial year starting in `startYear`, for a year already accepted (a plan's, an
    /// indicator's first year); read years from outside with `init?(kind:startYear:index:)`.
    public static func year(_ startYear: Int) -> ReportingPeriod {
        ReportingPeriod(computed: .year, startYear: startYear, index: 1)
    }

    /// The first period of a kind that starts on or after a day: the day's own if it starts
    /// that day, else the next.
    public static func first(startingOnOrAfter day: CalendarDate, kind: PeriodKind) -> ReportingPeriod {
        let period = ReportingPeriod(containing: day, kind: kind)
        return period.start == day ? period : ReportingPeriod(containing: period.end.adding(days: 1), kind: kind)
    }

    /// The period of a kind that a day falls in.
    public init(containing day: CalendarDate, kind: PeriodKind) {
        let startYear = day.month >= 4 ? day.year : day.year - 1
        let monthIndex = (day.month + 8) % 12 + 1
        self.init(computed: kind, startYear: startYear, index: (monthIndex - 1) / kind.months + 1)
    }

    /// `2004/05`.
    public var yearLabel: String {
        "\(startYear)/" + Self.twoDigits((startYear + 1) % 100)
    }

    /// The label councils write: `2004/05`, `2004/05 H1`, `2004/05 Q3`, `January 2005`.
    public var label: String {
        switch kind {
        case .year: yearLabel
        case .half: "\(yearLabel) H\(index)"
        case .quarter: "\(yearLabel) Q\(index)"
        case .month: "\(CalendarDate.monthNames[start.month - 1]) \(start.year)"
        }
    }

    public var description: String { label }

    /// A form of the label safe in a URL path: `2004-05`, `2004-05-h1`, `2004-05-q3`, `2004-05-m10`.
    public var key: String {
        let base = "\(startYear)-" + Self.twoDigits((startYear + 1) % 100)
        switch kind {
        case .year: return base
        case .half: return "\(base)-h\(index)"
        case .quarter: return "\(base)-q\(index)"
        case .month: return "\(base)-m\(Self.twoDigits(index))"
        }
    }

    // Digits put by hand: pages read and write hundreds of keys, and String(format:) is slow.
    private static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    public init?(key: String) {
        let parts = key.lowercased().split(separator: "-").map(String.init)
        guard (2...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]),
              parts[1] == Self.twoDigits((year + 1) % 100) else { return nil }
        guard parts.count == 3 else { self.init(kind: .year, startYear: year, index: 1); return }
        let kinds: [Character: PeriodKind] = ["h": .half, "q": .quarter, "m": .month]
        guard let letter = parts[2].first, let kind = kinds[letter], let index = Int(parts[2].dropFirst()) else { return nil }
        self.init(kind: kind, startYear: year, index: index)
    }

    public var start: CalendarDate {
        let monthIndex = (index - 1) * kind.months + 1
        let month = (monthIndex + 2) % 12 + 1
        return CalendarDate(computedYear: month >= 4 ? startYear : startYear + 1, month: month, day: 1)
    }

    public var end: CalendarDate {
        let last = ReportingPeriod(computed: .month, startYear: startYear, index: index * kind.months)
        return last.start.endOfMonth
    }

    public func contains(_ day: CalendarDate) -> Bool { start <= day && day <= end }

    /// The period of the same kind just before this one.
    public var previous: ReportingPeriod {
        index > 1 ? ReportingPeriod(computed: kind, startYear: startYear, index: index - 1)
            : ReportingPeriod(computed: kind, startYear: startYear - 1, index: kind.perYear)
    }

    /// The same period a year earlier.
    public var yearEarlier: ReportingPeriod { ReportingPeriod(computed: kind, startYear: startYear - 1, index: index) }

    /// The periods of a kind that make up a financial year, in order.
    public static func periods(_ kind: PeriodKind, inYear startYear: Int) -> [ReportingPeriod] {
        (1...kind.perYear).map { ReportingPeriod(computed: kind, startYear: startYear, index: $0) }
    }

    /// Earlier periods first; a year sorts before its first quarter, which starts the same day.
    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.start, lhs.kind.perYear) < (rhs.start, rhs.kind.perYear)
    }
}
