import Foundation

/// A value as it is reported: a number, yes or no, a date, or words.
public enum Measure: Hashable, Sendable {
    case number(Decimal)
    case yesNo(Bool)
    case date(CalendarDate)
    case text(String)

    public var number: Decimal? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// What an indicator counts in. Currency is kept in whole pence.
public enum MeasureUnit: String, CaseIterable, Codable, Sendable {
    case percentage
    case count
    case days
    case hours
    case seconds
    case currency
    case yesNo = "yes_no"
    case date
    case text

    public var title: String {
        switch self {
        case .percentage: "Percentage"
        case .count: "Count"
        case .days: "Days"
        case .hours: "Hours"
        case .seconds: "Seconds"
        case .currency: "Money (£)"
        case .yesNo: "Yes or no"
        case .date: "Date"
        case .text: "Text"
        }
    }

    public var isNumeric: Bool { ![.yesNo, .date, .text].contains(self) }

    /// Reads a value typed by a person or a CSV file: `87.5`, `87.5%`, `1,234`, `£12.50`, `yes`,
    /// `2005-03-31`. The message says what was expected.
    public func parse(_ raw: String) -> Result<Measure, MeasureError> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(.init("Enter a value")) }
        switch self {
        case .yesNo:
            switch text.lowercased() {
            case "yes", "y", "true": return .success(.yesNo(true))
            case "no", "n", "false": return .success(.yesNo(false))
            default: return .failure(.init("Enter yes or no"))
            }
        case .date:
            return CalendarDate(iso: text).map { .success(.date($0)) } ?? .failure(.init("Enter a date like 2005-03-31"))
        case .text:
            return text.count <= 500 ? .success(.text(text)) : .failure(.init("Keep the value to 500 characters or fewer"))
        default:
            return parseNumber(text).map(Measure.number)
        }
    }

    private func parseNumber(_ text: String) -> Result<Decimal, MeasureError> {
        var digits = text.replacingOccurrences(of: ",", with: "")
        if self == .percentage, digits.hasSuffix("%") { digits.removeLast() }
        if self == .currency, digits.hasPrefix("£") { digits.removeFirst() }
        let pattern = #"^-?[0-9]+(\.[0-9]+)?$"#
        guard digits.range(of: pattern, options: .regularExpression) != nil, let number = Decimal(string: digits) else {
            return .failure(.init(self == .currency ? "Enter an amount in pounds, like 1250.50" : "Enter a number, like 87.5"))
        }
        guard self == .currency else { return .success(number) }
        let pence = number * 100
        guard pence == pence.rounded(0) else { return .failure(.init("Enter pounds with at most two decimal places")) }
        return .success(pence)
    }

    /// Writes a value the way reports show it, with the indicator's decimal places.
    public func format(_ measure: Measure, places: Int) -> String {
        switch measure {
        case .yesNo(let value): return value ? "Yes" : "No"
        case .date(let day): return day.long
        case .text(let words): return words
        case .number(let number):
            switch self {
            case .currency: return "£" + Self.decimal(number / 100, places: max(places, 2), grouped: true)
            case .percentage: return Self.decimal(number, places: places, grouped: false) + "%"
            default: return Self.decimal(number, places: places, grouped: true)
            }
        }
    }

    /// The value as it is stored and exported: no grouping, no symbols; currency in pence.
    public static func storageText(_ measure: Measure) -> String {
        switch measure {
        case .yesNo(let value): value ? "yes" : "no"
        case .date(let day): day.iso
        case .text(let words): words
        case .number(let number): "\(number)"
        }
    }

    /// The value as a person would type it back: like `storageText`, but money in pounds.
    public func inputText(_ measure: Measure) -> String {
        if self == .currency, case .number(let pence) = measure { return "\(pence / 100)" }
        return Self.storageText(measure)
    }

    /// Reads stored text back (currency is already in pence).
    public func fromStorage(_ text: String) -> Measure? {
        switch self {
        case .yesNo: text == "yes" ? .yesNo(true) : text == "no" ? .yesNo(false) : nil
        case .date: CalendarDate(iso: text).map(Measure.date)
        case .text: .text(text)
        default: Decimal(string: text).map(Measure.number)
        }
    }

    static func decimal(_ number: Decimal, places: Int, grouped: Bool) -> String {
        var value = number.rounded(places)
        let negative = value < 0
        if negative { value = -value }
        let whole = value.rounded(0, .down)
        var fraction = "\(value - whole)"
        fraction = fraction == "0" ? "" : String(fraction.dropFirst(2))
        fraction = places > 0 ? "." + fraction.padding(toLength: places, withPad: "0", startingAt: 0) : ""
        var digits = "\(whole)"
        if grouped {
            var groups: [String] = []
            while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits.removeLast(3) }
            digits = ([digits] + groups).joined(separator: ",")
        }
        return (negative ? "-" : "") + digits + fraction
    }
}

/// Why a typed value could not be read, in words a person can act on.
public struct MeasureError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

extension Decimal {
    /// Rounded to a number of decimal places, halves away from zero unless told otherwise.
    public func rounded(_ places: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, mode)
        return result
    }
}
