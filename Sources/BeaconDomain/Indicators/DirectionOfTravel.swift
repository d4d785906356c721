import Foundation

/// How a value moved compared with an earlier one.
public enum Direction: String, CaseIterable, Codable, Sendable {
    case improving
    case noChange = "no_change"
    case worsening
    /// For data-only indicators, which have no better or worse.
    case higher
    case lower
    /// No earlier value, or the definition changed in between.
    case notComparable = "not_comparable"

    public var title: String {
        switch self {
        case .improving: "Improving"
        case .noChange: "No change"
        case .worsening: "Worsening"
        case .higher: "Higher"
        case .lower: "Lower"
        case .notComparable: "Not comparable"
        }
    }

    /// An arrow for the eye; the title is always shown or read with it.
    public var arrow: String {
        switch self {
        case .improving, .higher: "▲"
        case .worsening, .lower: "▼"
        case .noChange: "►"
        case .notComparable: "–"
        }
    }
}

/// Compares a value with the previous period or the same period a year earlier.
public enum DirectionOfTravel {
    /// `margin` is a percentage of the earlier value within which a change counts as no
    /// change; for a band, distances outside the band are compared instead of the values.
    public static func compare(_ current: Decimal?, with earlier: Decimal?, polarity: Polarity,
                               band: (low: Decimal, high: Decimal)? = nil, margin: Decimal) -> Direction {
        guard let current, let earlier else { return .notComparable }
        if polarity == .band, let band {
            let now = distance(current, from: band), before = distance(earlier, from: band)
            if now == before || withinMargin(current, earlier, margin: margin) { return .noChange }
            return now < before ? .improving : .worsening
        }
        if withinMargin(current, earlier, margin: margin) { return .noChange }
        let rose = current > earlier
        switch polarity {
        case .higherIsBetter: return rose ? .improving : .worsening
        case .lowerIsBetter: return rose ? .worsening : .improving
        case .band, .dataOnly: return rose ? .higher : .lower
        }
    }

    private static func withinMargin(_ current: Decimal, _ earlier: Decimal, margin: Decimal) -> Bool {
        abs(current - earlier) <= abs(earlier) * margin / 100
    }

    private static func distance(_ value: Decimal, from band: (low: Decimal, high: Decimal)) -> Decimal {
        value < band.low ? band.low - value : value > band.high ? value - band.high : 0
    }
}
