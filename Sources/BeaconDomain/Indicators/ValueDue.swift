/// Who should be chasing a value that has not arrived.
public enum Escalation: String, CaseIterable, Codable, Sendable {
    case notDue = "not_due"
    case reportingOfficer = "reporting_officer"
    case headOfUnit = "head_of_unit"
    case performanceOfficers = "performance_officers"

    public var title: String {
        switch self {
        case .notDue: "Not yet due"
        case .reportingOfficer: "Overdue – with the reporting officer"
        case .headOfUnit: "Overdue – escalated to the head of unit"
        case .performanceOfficers: "Overdue – escalated to performance officers"
        }
    }
}

/// When a period's value is due and how far a missing one has been escalated.
public struct ValueDueRule: Sendable {
    public let calendar: WorkingDayCalendar
    /// Working days after the period ends that the value is due.
    public let dueAfter: Int
    /// Working days overdue before each step up: the head of unit, then performance officers.
    public let escalateAfter: Int

    public init(calendar: WorkingDayCalendar, dueAfter: Int, escalateAfter: Int) {
        self.calendar = calendar
        self.dueAfter = dueAfter
        self.escalateAfter = escalateAfter
    }

    public func dueDate(_ period: ReportingPeriod) -> CalendarDate {
        calendar.adding(workingDays: dueAfter, to: period.end)
    }

    /// A value is overdue the day after its due date.
    public func isOverdue(_ period: ReportingPeriod, today: CalendarDate) -> Bool {
        today > dueDate(period)
    }

    public func escalation(_ period: ReportingPeriod, today: CalendarDate) -> Escalation {
        let late = calendar.workingDays(after: dueDate(period), through: today)
        guard isOverdue(period, today: today) else { return .notDue }
        if late > 2 * escalateAfter { return .performanceOfficers }
        if late > escalateAfter { return .headOfUnit }
        return .reportingOfficer
    }

    /// The periods of a frequency that have ended by `today`, from `firstYear` on, newest first.
    public static func endedPeriods(_ frequency: Frequency, from firstYear: Int, today: CalendarDate) -> [ReportingPeriod] {
        let thisYear = ReportingPeriod(containing: today, kind: .year).startYear
        guard firstYear <= thisYear else { return [] }
        return (firstYear...thisYear).flatMap { ReportingPeriod.periods(frequency.periodKind, inYear: $0) }
            .filter { $0.end < today }
            .reversed()
    }
}
