import Foundation

/// Sums over a group of contacts from which every measure of the spec follows. Each field adds
/// up (or, for the longest wait, takes the larger), so a day's tally is kept as a rollup row
/// updated as contacts are written, and a month's or a year's is the sum of its days.
public struct ContactTally: Equatable, Codable, Sendable {
    public var contacts = 0
    public var shortAbandons = 0
    /// Abandoned, not counting short abandons.
    public var abandoned = 0
    public var answered = 0
    public var answeredWithin = 0
    public var waitMillis = 0
    public var longestWaitMillis = 0
    public var handlingMillis = 0
    public var resolvedFirst = 0
    public var correspondenceAnswered = 0
    public var correspondenceWithin = 0
    public var correspondenceWorkingDays = 0

    public init() {}

    /// One contact's part, under the council's thresholds; `calendar` counts a letter's or
    /// an email's working days from the day it arrived to the day it was answered.
    public init(_ record: CallRecord, thresholds: MeasureThresholds, calendar: WorkingDayCalendar) {
        contacts = 1
        if record.outcome == .abandoned {
            let short = record.ended.timeIntervalSince(record.arrived) <= Double(thresholds.shortAbandonSeconds)
            if short { shortAbandons = 1 } else { abandoned = 1 }
        }
        if record.outcome == .resolved { resolvedFirst = 1 }
        guard let answeredAt = record.answered else { return }
        answered = 1
        waitMillis = Self.millis(answeredAt.timeIntervalSince(record.arrived))
        longestWaitMillis = waitMillis
        answeredWithin = waitMillis <= thresholds.answerWithinSeconds * 1_000 ? 1 : 0
        handlingMillis = Self.millis(record.ended.timeIntervalSince(answeredAt))
        if record.channel.isCorrespondence {
            let days = calendar.workingDays(after: UKTime.day(of: record.arrived), through: UKTime.day(of: answeredAt))
            correspondenceAnswered = 1
            correspondenceWithin = days <= thresholds.correspondenceWorkingDays ? 1 : 0
            correspondenceWorkingDays = days
        }
    }

    private static func millis(_ seconds: TimeInterval) -> Int { Int((seconds * 1_000).rounded()) }

    public static func + (lhs: ContactTally, rhs: ContactTally) -> ContactTally {
        var sum = lhs
        sum.add(rhs)
        return sum
    }

    public mutating func add(_ other: ContactTally) {
        contacts += other.contacts
        shortAbandons += other.shortAbandons
        abandoned += other.abandoned
        answered += other.answered
        answeredWithin += other.answeredWithin
        waitMillis += other.waitMillis
        longestWaitMillis = max(longestWaitMillis, other.longestWaitMillis)
        handlingMillis += other.handlingMillis
        resolvedFirst += other.resolvedFirst
        correspondenceAnswered += other.correspondenceAnswered
        correspondenceWithin += other.correspondenceWithin
        correspondenceWorkingDays += other.correspondenceWorkingDays
    }
}
