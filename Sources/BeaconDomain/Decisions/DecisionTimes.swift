import Foundation

/// The call-in period after a decision is published: it ends at 4pm on the Nth working day
/// after publication (N is a council setting, 5 by default).
public struct CallInPeriod: Sendable {
    public let workingDays: Int
    public let calendar: WorkingDayCalendar

    public init(workingDays: Int, calendar: WorkingDayCalendar) {
        self.workingDays = workingDays
        self.calendar = calendar
    }

    /// The last day of the period.
    public func lastDay(publishedOn day: CalendarDate) -> CalendarDate {
        calendar.adding(workingDays: workingDays, to: day)
    }

    /// 4pm UK time on the last day: when the decision takes effect.
    public func ends(publishedOn day: CalendarDate) -> Date {
        UKTime.instant(lastDay(publishedOn: day), hour: 16, minute: 0)
    }

    /// Call-in may be requested from publication until the period ends.
    public func isOpen(publishedOn day: CalendarDate, at now: Date) -> Bool { now < ends(publishedOn: day) }
}

/// Clear days between two days: neither the day of notice nor the day of decision counts.
public enum ClearDays {
    public static func between(_ notice: CalendarDate, and decision: CalendarDate) -> Int {
        max(0, decision.dayNumber - notice.dayNumber - 1)
    }
}

/// How a key decision was given notice.
public enum KeyDecisionRoute: String, CaseIterable, Codable, Sendable {
    /// Listed in the forward plan at least 28 clear days before.
    case forwardPlan = "forward_plan"
    /// The scrutiny chair told in writing and a notice published at least 5 clear days before.
    case generalException = "general_exception"
    /// The scrutiny chair (or the chair or vice-chair of the council) agreed it is urgent.
    case specialUrgency = "special_urgency"

    public var title: String {
        switch self {
        case .forwardPlan: "Listed in the forward plan (28 clear days)"
        case .generalException: "General exception (5 clear days, scrutiny chair told)"
        case .specialUrgency: "Special urgency (agreed as urgent; exempt from call-in)"
        }
    }

    public var minimumClearDays: Int {
        switch self {
        case .forwardPlan: 28
        case .generalException: 5
        case .specialUrgency: 0
        }
    }

    /// Decisions taken under special urgency are exempt from call-in.
    public var isExemptFromCallIn: Bool { self == .specialUrgency }
}

/// Whether a decision is key, and whether it had the notice the law requires.
public struct KeyDecisionRule: Equatable, Sendable {
    /// Spending or saving more than this, in pence, makes a decision key.
    public let thresholdPence: Int

    public init(thresholdPence: Int) { self.thresholdPence = thresholdPence }

    public func isKey(amountPence: Int, wardsAffected: Int) -> Bool {
        abs(amountPence) > thresholdPence || wardsAffected >= 2
    }

    /// Nil if the notice was enough; otherwise what is wrong, for the person recording it.
    public func refusal(noticeOn: CalendarDate, decisionOn: CalendarDate, route: KeyDecisionRoute) -> String? {
        let clear = ClearDays.between(noticeOn, and: decisionOn)
        guard clear < route.minimumClearDays else { return nil }
        switch route {
        case .forwardPlan:
            return "A key decision needs 28 clear days in the forward plan; this had \(clear). Use the general exception (5 clear days) or special urgency, and record it."
        case .generalException:
            return "The general exception needs 5 clear days after the scrutiny chair is told; this had \(clear). Use special urgency if it cannot wait."
        case .specialUrgency:
            return nil
        }
    }
}
