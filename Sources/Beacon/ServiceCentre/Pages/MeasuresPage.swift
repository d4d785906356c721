import BeaconDomain
import Fluent
import Plot
import SQLKit
import Vapor

/// The measures for recent days, weeks, months, quarters or financial years, for one channel
/// or all, split by channel, queue or service: sums of the daily rollups, however long the history.
struct MeasuresPage {
    enum Span: String, CaseIterable, ChoiceList {
        case day, week, month, quarter, year
        var title: String { ["Days (the last 31)", "Weeks (the last 13)", "Months (this financial year)", "Quarters (the last 8)", "Financial years (the last 3)"][Self.allCases.firstIndex(of: self)!] }
    }

    enum Split: String, CaseIterable, ChoiceList {
        case none, channel, queue, service
        var title: String { ["Nothing", "Channel", "Queue", "Service"][Self.allCases.firstIndex(of: self)!] }
        var group: RollupGroup? { [nil, .channel, .queue, .service][Self.allCases.firstIndex(of: self)!] }
    }

    static let measures: [ContactMeasure] = [.offered, .answered, .serviceLevel, .abandonmentRate, .averageSpeedOfAnswer, .averageHandlingTime, .firstContactResolution]

    let view: CouncilView
    let span: Span
    let split: Split
    let channel: String
    let rows: [(String, String, ContactTally)]

    /// The periods shown, oldest first, each with its first day and label, and the first day of all.
    static func periods(_ span: Span, today: CalendarDate) -> (CalendarDate, [(start: CalendarDate, label: String)]) {
        var starts: [(CalendarDate, String)]
        switch span {
        case .day: starts = (0..<31).reversed().map { today.adding(days: -$0) }.map { ($0, $0.long) }
        case .week:
            let monday = today.adding(days: -(today.weekday - 1))
            starts = (0..<13).reversed().map { monday.adding(days: -7 * $0) }.map { ($0, "Week from \($0.long)") }
        case .month, .quarter, .year:
            let kind: PeriodKind = span == .month ? .month : span == .quarter ? .quarter : .year
            var period = ReportingPeriod(containing: today, kind: kind)
            var list = [period]
            let count = span == .month ? period.index : span == .quarter ? 8 : 3
            while list.count < count {
                period = ReportingPeriod(containing: period.start.adding(days: -1), kind: kind)
                list.append(period)
            }
            starts = list.reversed().map { ($0.start, $0.label) }
        }
        return (starts[0].0, starts.map { (start: $0.0, label: $0.1) })
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Service centre measures", context: context) {
            Node<HTML.BodyContext>.form(.method(.get), .action(SiteURL.measures(council: view.slug).path), .class("filters"),
                FormView.field(for: FormField(name: "span", label: "Periods", control: .select(Span.choices), value: span.rawValue), problem: nil),
                FormView.field(for: FormField(name: "channel", label: "Channel", control: .select([.init(value: "", label: "Every channel")] + ContactChannel.choices), value: channel), problem: nil),
                FormView.field(for: FormField(name: "by", label: "Split by", control: .select(Split.choices), value: split.rawValue), problem: nil),
                .button(.type(.submit), .class("button"), .text("Show measures")))
            Node<HTML.BodyContext>.table(.class("figures"), .caption(.text("Newest first; “—” where there is nothing to measure")),
                .thead(.tr(.th(.text("Period")), .if(split != .none, .th(.text(split.title))), .forEach(Self.measures) { .th(.text($0.title)) })),
                .tbody(.forEach(rows) { period, part, tally in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(period)), .if(split != .none, .td(.text(part.isEmpty ? "(none)" : part))),
                        .forEach(Self.measures) { .td(.text($0.formatted(tally))) })
                }))
        }
    }
}

extension Optional {
    /// The value, or a 400 with the reason.
    func orBadRequest(_ reason: String) throws -> Wrapped {
        guard let value = self else { throw Abort(.badRequest, reason: reason) }
        return value
    }
}
