import Foundation

/// When a report a resolution asked for gets its draft, and what it covers.
public enum FollowUpDraft {
    /// The draft is made this many days before the report is due, so the officer has four weeks
    /// to write it before the meeting's papers go out.
    public static let leadDays = 28

    public static func isTimeToDraft(dueOn: CalendarDate, today: CalendarDate) -> Bool {
        today >= dueOn.adding(days: -leadDays)
    }

    public static func isOverdue(dueOn: CalendarDate, today: CalendarDate) -> Bool { today > dueOn }

    /// The periods a report asked for every so many months covers: a quarter for three, a half
    /// year for six, a year for twelve; a one-off report, a quarter.
    public static func periodKind(everyMonths: Int?) -> PeriodKind {
        switch everyMonths {
        case 6: .half
        case 12: .year
        default: .quarter
        }
    }

    /// The last period of that kind to have ended by the day the draft is made.
    public static func span(everyMonths: Int?, today: CalendarDate) -> ReportSpan {
        ReportSpan(ReportingPeriod(containing: today, kind: periodKind(everyMonths: everyMonths)).previous)
    }
}
