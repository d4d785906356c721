import Foundation

/// A measure of the service centre, as the spec defines it, computed from a tally of contacts.
/// Call measures are read from a tally of phone contacts; first-contact resolution from any
/// channel's or all channels'; correspondence from letters' and emails'.
public enum ContactMeasure: String, CaseIterable, Codable, Sendable {
    case offered
    case shortAbandons = "short_abandons"
    case answered
    case answeredWithin = "answered_within"
    case abandoned
    case serviceLevel = "service_level"
    case averageSpeedOfAnswer = "average_speed_of_answer"
    case longestWait = "longest_wait"
    case abandonmentRate = "abandonment_rate"
    case averageHandlingTime = "average_handling_time"
    case firstContactResolution = "first_contact_resolution"
    case correspondenceOnTime = "correspondence_on_time"
    case correspondenceMeanDays = "correspondence_mean_days"

    /// What the figure counts, for choosing the indicator's unit and formatting.
    public enum Kind: Sendable { case count, percent, seconds, workingDays }

    public var kind: Kind {
        switch self {
        case .offered, .shortAbandons, .answered, .answeredWithin, .abandoned: .count
        case .serviceLevel, .abandonmentRate, .firstContactResolution, .correspondenceOnTime: .percent
        case .averageSpeedOfAnswer, .longestWait, .averageHandlingTime: .seconds
        case .correspondenceMeanDays: .workingDays
        }
    }

    public var title: String {
        switch self {
        case .offered: "Calls offered"
        case .shortAbandons: "Short abandons"
        case .answered: "Answered"
        case .answeredWithin: "Answered within the service level time"
        case .abandoned: "Abandoned"
        case .serviceLevel: "Service level"
        case .averageSpeedOfAnswer: "Average speed of answer"
        case .longestWait: "Longest wait"
        case .abandonmentRate: "Abandonment rate"
        case .averageHandlingTime: "Average handling time"
        case .firstContactResolution: "First contact resolution"
        case .correspondenceOnTime: "Letters and emails answered on time"
        case .correspondenceMeanDays: "Letters and emails: mean working days to answer"
        }
    }

    /// The figure for a tally, or nil when it has no denominator (no calls, nothing answered).
    /// Percentages are 0–100; times in seconds; counts exact.
    public func value(_ tally: ContactTally) -> Double? {
        let offered = tally.contacts - tally.shortAbandons
        let handled = offered - tally.abandoned
        switch self {
        case .offered: return Double(offered)
        case .shortAbandons: return Double(tally.shortAbandons)
        case .answered: return Double(tally.answered)
        case .answeredWithin: return Double(tally.answeredWithin)
        case .abandoned: return Double(tally.abandoned)
        case .serviceLevel: return Self.percent(tally.answeredWithin, of: offered)
        case .averageSpeedOfAnswer: return Self.mean(Double(tally.waitMillis) / 1_000, over: tally.answered)
        case .longestWait: return tally.answered == 0 ? nil : Double(tally.longestWaitMillis) / 1_000
        case .abandonmentRate: return Self.percent(tally.abandoned, of: offered)
        case .averageHandlingTime: return Self.mean(Double(tally.handlingMillis) / 1_000, over: tally.answered)
        case .firstContactResolution: return Self.percent(tally.resolvedFirst, of: handled)
        case .correspondenceOnTime: return Self.percent(tally.correspondenceWithin, of: tally.correspondenceAnswered)
        case .correspondenceMeanDays: return Self.mean(Double(tally.correspondenceWorkingDays), over: tally.correspondenceAnswered)
        }
    }

    /// The channels whose contacts the measure reads when no channel is chosen.
    public var defaultChannels: [ContactChannel] {
        switch self {
        case .firstContactResolution: ContactChannel.allCases
        case .correspondenceOnTime, .correspondenceMeanDays: [.email, .letter]
        default: [.phone]
        }
    }

    /// The figure as a person reads it: "1,204", "81.3%", "12.4 s", "3.2 working days", "—" for none.
    public func formatted(_ tally: ContactTally) -> String {
        guard let value = value(tally) else { return "—" }
        switch kind {
        case .count: return Money.grouped(Int(value))
        case .percent: return String(format: "%.1f%%", value)
        case .seconds: return String(format: "%.1f s", value)
        case .workingDays: return String(format: "%.1f working days", value)
        }
    }

    private static func percent(_ part: Int, of whole: Int) -> Double? {
        whole > 0 ? Double(part) * 100 / Double(whole) : nil
    }

    private static func mean(_ total: Double, over count: Int) -> Double? {
        count > 0 ? total / Double(count) : nil
    }
}
