/// A span of days cut into the whole calendar months inside it and the odd days at either end,
/// so a sum over a long span reads one row a month where it can, and a day's row only at the
/// edges.
public struct MonthSplit: Equatable, Sendable {
    /// The first and last whole month, as their first days; nil when no month fits whole.
    public let months: ClosedRange<CalendarDate>?
    /// The days outside the whole months: none, one or two runs.
    public let days: [ClosedRange<CalendarDate>]

    public init(from: CalendarDate, through: CalendarDate) {
        guard from <= through else { (months, days) = (nil, []); return }
        let firstWhole = from.day == 1 ? from : from.startOfNextMonth
        let endsMonth = through.adding(days: 1).day == 1
        let lastWhole = endsMonth ? through.startOfMonth : through.startOfPreviousMonth
        guard firstWhole <= lastWhole else { (months, days) = (nil, [from...through]); return }
        months = firstWhole...lastWhole
        var edges: [ClosedRange<CalendarDate>] = []
        if from < firstWhole { edges.append(from...firstWhole.adding(days: -1)) }
        if !endsMonth { edges.append(through.startOfMonth...through) }
        days = edges
    }
}
