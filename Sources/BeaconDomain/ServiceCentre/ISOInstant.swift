import Foundation

/// Reads ISO 8601 date-times with an offset (`2026-03-02T09:15:04Z`, `2026-03-02T09:15:04+01:00`,
/// fractions of a second allowed) as telephony systems export them. Written by hand because it
/// runs for every field of million-row imports, where Foundation's formatters are many times slower.
public enum ISOInstant {
    public static func parse(_ text: Substring) -> Date? {
        var text = text
        // The string's own bytes, not a copy: this runs three times a row on imports.
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count >= 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 32,
              bytes[13] == 58, bytes[16] == 58,
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
              let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
              let date = CalendarDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == 46 {
            var scale = 0.1
            index += 1
            let start = index
            while index < bytes.count, let digit = digit(bytes[index]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard let offset = offsetSeconds(bytes, from: index) else { return nil }
        let seconds = date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    public static func parse(_ text: String) -> Date? { parse(Substring(text)) }

    /// Writes an instant to the second in UTC, `2026-03-02T09:15:04Z`; fractions are dropped.
    public static func format(_ instant: Date) -> String {
        let (days, second) = Int(instant.timeIntervalSince1970.rounded(.down)).floorDivided(by: 86_400)
        let date = CalendarDate(dayNumber: days)
        var text = Array("0000-00-00T00:00:00Z".utf8)
        for (value, last, width) in [(date.year, 3, 4), (date.month, 6, 2), (date.day, 9, 2), (second / 3_600, 12, 2),
                                     (second / 60 % 60, 15, 2), (second % 60, 18, 2)] {
            CalendarDate.put(value, into: &text, endingAt: last, width: width)
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func offsetSeconds(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 90 { return index + 1 == bytes.count ? 0 : nil }
        guard bytes[index] == 43 || bytes[index] == 45, bytes.count == index + 6, bytes[index + 3] == 58,
              let hours = number(bytes, index + 1, 2), let minutes = number(bytes, index + 4, 2), hours < 24, minutes < 60
        else { return nil }
        let sign = bytes[index] == 43 ? 1 : -1
        return sign * (hours * 3_600 + minutes * 60)
    }

    private static func digit(_ byte: UInt8) -> Int? { (48...57).contains(byte) ? Int(byte - 48) : nil }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for index in start..<(start + length) {
            guard let digit = digit(bytes[index]) else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}

private extension Int {
    /// Quotient rounded down and a remainder that is never negative, for instants before 1970.
    func floorDivided(by divisor: Int) -> (Int, Int) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
