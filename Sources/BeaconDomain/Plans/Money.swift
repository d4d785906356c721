import Foundation

/// Money is held in whole pence (integers), never floating point; these format it as councils
/// print it.
public enum Money {
    /// Pence to whole thousands of pounds, rounded half away from zero: £1,500.00 → 2,
    /// £1,499.99 → 1, −£1,500.00 → −2.
    public static func thousands(_ pence: Int) -> Int {
        let perThousand = 100_000
        let whole = pence / perThousand
        let rest = pence % perThousand
        if abs(rest) * 2 >= perThousand { return whole + (pence < 0 ? -1 : 1) }
        return whole
    }

    /// A `£000s` cell: `1,165`, and `−12` (a true minus sign) for a negative.
    public static func thousandsText(_ pence: Int) -> String {
        grouped(thousands(pence))
    }

    /// `£2,500` or `£2,500.50`, with a minus sign before the pound sign when negative.
    public static func pounds(_ pence: Int) -> String {
        let sign = pence < 0 ? "−" : ""
        let pounds = abs(pence) / 100, rest = abs(pence) % 100
        return sign + "£" + grouped(pounds) + (rest == 0 ? "" : String(format: ".%02d", rest))
    }

    /// Reads pounds as people type them: `2500`, `£2,500`, `2,500.50`, `-300`. Nil if it is not money.
    public static func parsePounds(_ text: String) -> Int? {
        var cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "£", with: "").replacingOccurrences(of: "−", with: "-")
        let negative = cleaned.hasPrefix("-")
        if negative { cleaned.removeFirst() }
        guard cleaned.range(of: #"^[0-9]{1,12}(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil else { return nil }
        guard let total = wholeAndHundredths(cleaned) else { return nil }
        return negative ? -total : total
    }

    /// Whole number with thousands separators and a true minus sign: `−1,234`.
    public static func grouped(_ value: Int) -> String {
        // By hand: a NumberFormatter costs more to make than the page it formats a figure for.
        let digits = String(value.magnitude)
        var text = value < 0 ? "−" : ""
        text.reserveCapacity(digits.utf8.count * 4 / 3 + 3)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}

/// Full-time equivalents held in hundredths, so 12.5 FTE is 1250.
public enum FullTimeEquivalent {
    public static func text(_ hundredths: Int) -> String {
        let whole = hundredths / 100, rest = abs(hundredths % 100)
        if rest == 0 { return String(whole) }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : String(format: "%d.%02d", whole, rest)
    }

    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.range(of: #"^[0-9]{1,5}(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil else { return nil }
        return Money.wholeAndHundredths(trimmed)
    }
}

extension Money {
    /// `12.5` as 1250: text already checked to be digits with at most two decimals.
    static func wholeAndHundredths(_ text: String) -> Int? {
        let parts = text.split(separator: ".")
        guard let whole = parts.first.flatMap({ Int($0) }) else { return nil }
        let fraction = parts.count == 2 ? Int(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) : 0
        return fraction.map { whole * 100 + $0 }
    }
}
