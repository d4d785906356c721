import Foundation

/// A forecast of calls per half hour for a week, from the same week of last year: the calls
/// that arrived 52 weeks before each half hour (so a Monday forecasts from a Monday), with
/// their average handling time.
public struct StaffingForecast: Sendable {
    /// One half hour of the week: its day (0 for the week's first) and slot (0 for 00:00–00:30).
    public struct Slot: Hashable, Comparable, Sendable {
        public let day: Int
        public let slot: Int

        public init(day: Int, slot: Int) { (self.day, self.slot) = (day, slot) }

        /// `09:30`.
        public var time: String { String(format: "%02d:%02d", slot / 2, slot % 2 * 30) }

        public static func < (lhs: Slot, rhs: Slot) -> Bool { (lhs.day, lhs.slot) < (rhs.day, rhs.slot) }
    }

    public struct Interval: Sendable {
        public var calls = 0
        public var handlingSeconds = 0.0

        public var averageHandlingSeconds: Double? { calls > 0 ? handlingSeconds / Double(calls) : nil }
    }

    public private(set) var intervals: [Slot: Interval] = [:]
    /// The first day of last year's week the forecast reads: 364 days before the week forecast.
    public let sourceStart: CalendarDate

    public init(weekStarting start: CalendarDate) { sourceStart = start.adding(days: -364) }

    /// Counts a call of last year's week, by when it arrived in UK time; calls outside the week are ignored.
    public mutating func add(arrived: Date, handlingSeconds: Double?) {
        let offset = Double(UKTime.zone.secondsFromGMT(for: arrived))
        let local = arrived.timeIntervalSince1970 + offset
        let dayNumber = Int((local / 86_400).rounded(.down))
        let day = dayNumber - sourceStart.dayNumber
        guard (0..<7).contains(day) else { return }
        let slot = Int((local - Double(dayNumber) * 86_400) / 1_800)
        intervals[Slot(day: day, slot: slot), default: Interval()].calls += 1
        intervals[Slot(day: day, slot: slot), default: Interval()].handlingSeconds += handlingSeconds ?? 0
    }

    /// Every half hour that had calls, in order, each with the agents Erlang C asks for.
    public func staffing(averageHandlingSeconds fallback: Double, targetServiceLevel: Double, targetAnswerSeconds: Double,
                         shrinkage: Double, maximumOccupancy: Double?) -> [(Slot, Interval, StaffingAnswer?)] {
        intervals.keys.sorted().map { slot in
            let interval = intervals[slot]!
            let question = StaffingQuestion(callsPerInterval: Double(interval.calls), averageHandlingSeconds: interval.averageHandlingSeconds ?? fallback,
                                            targetServiceLevel: targetServiceLevel, targetAnswerSeconds: targetAnswerSeconds, shrinkage: shrinkage,
                                            maximumOccupancy: maximumOccupancy)
            return (slot, interval, ErlangC.staffing(question))
        }
    }
}
