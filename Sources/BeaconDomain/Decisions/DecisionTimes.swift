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

/// Instants from UK calendar days and clock times (Europe/London, so BST is handled).
public enum UKTime {
    public static let zone = TimeZone(identifier: "Europe/London")!

    /// The instant a UK clock shows `hour:minute` on `day`. In the hour the clocks go back, which
    /// comes twice, it is the second (GMT) one, so a deadline set then gives people the longer
    /// time; a time the clocks skip when they go forward is read an hour on, as the clock would show it.
    public static func instant(_ day: CalendarDate, hour: Int, minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        if let instant = calendar.date(from: components) {
            let hourLater = instant.addingTimeInterval(3_600)
            let shown = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: hourLater)
            return shown == components ? hourLater : instant
        }
        // Foundation has an answer for every real day and time; this is only a fallback that cannot fail.
        let local = Double(day.dayNumber * 86_400 + hour * 3_600 + minute * 60)
        return Date(timeIntervalSince1970: local - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: local))))
    }

    /// Reads a UK date and time as a form sends it: `2026-12-04T17:00` or `2026-12-04 17:00`.
    public static func parseLocal(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let day = CalendarDate(iso: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count >= 2, let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return instant(day, hour: hour, minute: minute)
    }

    /// The UK day of an instant.
    public static func day(of instant: Date) -> CalendarDate { CalendarDate(instant, in: zone) }

    /// `4 December 2026, 17:00` in UK time, for documents.
    public static func long(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return day(of: instant).long + ", " + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `2026-12-04T17:00`, the value a `datetime-local` field shows.
    public static func local(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return day(of: instant).iso + "T" + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
