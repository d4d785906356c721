import Foundation

/// Where an action stands.
public enum ActionStatus: String, CaseIterable, Codable, Sendable {
    case notStarted = "not_started", onTrack = "on_track", atRisk = "at_risk", offTrack = "off_track", completed, cancelled

    public var title: String {
        switch self {
        case .notStarted: "Not started"
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .offTrack: "Off track"
        case .completed: "Completed"
        case .cancelled: "Cancelled"
        }
    }

    /// Completed and cancelled actions are closed: not overdue, not carried forward.
    public var isClosed: Bool { self == .completed || self == .cancelled }
}

/// Suggests an action's status from its progress against time: percent complete divided by
/// the share of the time from start to due date that has passed. At least `onTrackAt`
/// percent of expected is on track, `offTrackAt` or less is off track, between is at risk.
public struct ProgressRule: Equatable, Sendable {
    public let onTrackAt: Int
    public let offTrackAt: Int

    public init(onTrackAt: Int = 90, offTrackAt: Int = 70) {
        self.onTrackAt = onTrackAt
        self.offTrackAt = offTrackAt
    }

    public func suggest(percent: Int, start: CalendarDate, due: CalendarDate, today: CalendarDate) -> ActionStatus {
        if percent >= 100 { return .completed }
        let elapsed = today.dayNumber - start.dayNumber
        if elapsed <= 0 { return percent > 0 ? .onTrack : .notStarted }
        let span = max(1, due.dayNumber - start.dayNumber)
        // percent ÷ (elapsed ÷ span), compared with the thresholds, in integers to stay exact.
        let achieved = percent * span * 100
        let expected = min(elapsed, span) * 100
        if achieved >= onTrackAt * expected { return .onTrack }
        if achieved <= offTrackAt * expected { return .offTrack }
        return .atRisk
    }

    /// Due date passed and not completed or cancelled.
    public static func isOverdue(due: CalendarDate?, status: ActionStatus, today: CalendarDate) -> Bool {
        guard let due, !status.isClosed else { return false }
        return today > due
    }
}
