import Foundation

/// A day on the calendar with no time and no zone, as people write it: `2024-04-01`.
///
/// Positions, delegations and (later) periods and deadlines are whole days in the council's
/// own calendar, so they are kept as days, never as instants.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years Beacon accepts from outside. A date, period or year read from a request, a file
    /// or the database is refused where it is read if it falls outside them; days worked out from
    /// accepted ones (a day before 1 January 1900, the end of 2200/01) are still counted right.
    public static let supportedYears = 1900...2200

    /// Nil when the numbers are not a real day (31 April, 29 February in a common year) or the
    /// year is outside `supportedYears`.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(computedYear: year, month: month, day: day)
    }

    /// A day worked out from others, which is real by construction and may lie outside
    /// `supportedYears`; never for numbers read from outside.
    init(computedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the ISO form `YYYY-MM-DD` that HTML date inputs send.
    public init?(iso text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var iso: String {
        // Digits put by hand: imports ask for a million of these, and String(format:) is slow.
        var text = Array("0000-00-00".utf8)
        Self.put(year, into: &text, endingAt: 3, width: 4)
        Self.put(month, into: &text, endingAt: 6, width: 2)
        Self.put(day, into: &text, endingAt: 9, width: 2)
        return String(decoding: text, as: UTF8.self)
    }

    /// Writes `value`'s last `width` digits into `text`, the last at `last`.
    static func put(_ value: Int, into text: inout [UInt8], endingAt last: Int, width: Int) {
        var rest = value
        for index in stride(from: last, to: last - width, by: -1) {
            text[index] = UInt8(48 + rest % 10)
            rest /= 10
        }
    }

    public var description: String { iso }

    /// The way a council writes a date in a document: `1 April 2024`.
    public var long: String {
        "\(day) \(CalendarDate.monthNames[month - 1]) \(year)"
    }

    /// The day an instant falls on in the given time zone (Europe/London for people).
    public init(_ instant: Date, in zone: TimeZone) {
        // The zone's offset at that instant, then day arithmetic: the same answer as
        // Calendar.dateComponents at a fraction of the cost, which imports of millions of contacts feel.
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        self.init(dayNumber: Int((local / 86_400).rounded(.down)))
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
}

extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "Expected a date as YYYY-MM-DD, got \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
