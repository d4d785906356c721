import Foundation

/// The width of the amber band below (or above) a target.
public enum Tolerance: Hashable, Sendable {
    /// A percentage of the target, such as 5%.
    case percent(Decimal)
    /// An amount in the indicator's unit (pence for money).
    case absolute(Decimal)

    public func amount(for target: Decimal) -> Decimal {
        switch self {
        case .percent(let percent): abs(target) * percent / 100
        case .absolute(let amount): amount
        }
    }

    /// `5%` or `2.5`, as written in forms and CSV files.
    public var text: String {
        switch self {
        case .percent(let percent): "\(percent)%"
        case .absolute(let amount): "\(amount)"
        }
    }

    /// Reads `5%` as a percentage and `2.5` as an absolute amount; nil for anything else.
    public init?(text raw: String) {
        var text = raw.trimmingCharacters(in: .whitespaces)
        let percent = text.hasSuffix("%")
        if percent { text.removeLast() }
        guard text.range(of: #"^[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil,
              let number = Decimal(string: text) else { return nil }
        self = percent ? .percent(number) : .absolute(number)
    }
}

/// What a period's value is aimed at.
public enum TargetValue: Hashable, Sendable {
    case number(Decimal)
    /// A range for indicators judged within a band: inside is green.
    case band(low: Decimal, high: Decimal)
    case yesNo(Bool)
    /// On or before this day.
    case date(CalendarDate)
}

/// The spec's rules for judging a value against its target.
public enum StatusRule {
    /// The status of a period. `actual` is nil when there is no value; `overdue` says whether
    /// that missing value is past its due date (ignored when there is a value).
    public static func judge(actual: Measure?, missing: MissingReason? = nil, target: TargetValue?,
                             polarity: Polarity, tolerance: Tolerance, overdue: Bool) -> RAGStatus {
        guard let actual else {
            let owed = missing.map(\.stillOwed) ?? true
            return owed && overdue ? .overdue : .noStatus
        }
        guard polarity != .dataOnly, let target else { return .noStatus }
        switch (actual, target) {
        case (.yesNo(let value), .yesNo(let wanted)):
            return value == wanted ? .green : .red
        case (.date(let day), .date(let deadline)):
            return day <= deadline ? .green : .red
        case (.number(let value), .number(let aim)):
            return judgeNumber(value, aim: aim, polarity: polarity, tolerance: tolerance)
        case (.number(let value), .band(let low, let high)):
            return judgeBand(value, low: low, high: high, tolerance: tolerance)
        default:
            return .noStatus
        }
    }

    /// Whether a past target was met as published: green is met, anything else is not; nil
    /// when there was nothing to judge.
    public static func met(actual: Measure?, target: TargetValue?, polarity: Polarity) -> Bool? {
        let status = judge(actual: actual, target: target, polarity: polarity, tolerance: .absolute(0), overdue: false)
        switch status {
        case .green: return true
        case .amber, .red: return false
        case .noStatus, .overdue: return nil
        }
    }

    private static func judgeNumber(_ value: Decimal, aim: Decimal, polarity: Polarity, tolerance: Tolerance) -> RAGStatus {
        let slack = tolerance.amount(for: aim)
        switch polarity {
        case .higherIsBetter:
            if value >= aim { return .green }
            return value >= aim - slack ? .amber : .red
        case .lowerIsBetter:
            if value <= aim { return .green }
            return value <= aim + slack ? .amber : .red
        case .band:
            return judgeBand(value, low: aim, high: aim, tolerance: tolerance)
        case .dataOnly:
            return .noStatus
        }
    }

    private static func judgeBand(_ value: Decimal, low: Decimal, high: Decimal, tolerance: Tolerance) -> RAGStatus {
        if value >= low && value <= high { return .green }
        if value < low { return value >= low - tolerance.amount(for: low) ? .amber : .red }
        return value <= high + tolerance.amount(for: high) ? .amber : .red
    }
}
