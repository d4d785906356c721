import BeaconDomain
import Fluent
import Plot
import Vapor

/// A scorecard for the whole council, a unit or a priority, for a chosen period: each
/// indicator's latest period ending by then, with value, target, status, direction,
/// commentary and a sparkline. Prints on A4.
struct ScorecardPage {
    let view: CouncilView
    let period: ReportingPeriod
    let rows: [(history: IndicatorHistory, result: PeriodResult?)]
    let filters: IndicatorFilters
    let units: [Unit]
    let priorities: [StrategicPriority]
    /// The business plans a reader may choose a scorecard of.
    var plans: [FormField.Choice] = []
    /// The partnerships the council is in, each with a scorecard of its own.
    var partnerships: [(id: UUID, name: String)] = []

    var scopeName: String {
        if let plan = filters.plan?.uuidString, let label = plans.first(where: { $0.value == plan })?.label {
            return label
        }
        if let unit = filters.unit, let name = units.first(where: { $0.id == unit })?.name { return name }
        if let priority = filters.priority, let title = priorities.first(where: { $0.id == priority })?.title { return title }
        return view.council.name
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Scorecard: \(scopeName), \(period.label)", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("Each indicator's latest period ending by \(period.end.long)\(view.mayReadUnverified ? ", including values not yet verified" : ", verified values only")."))
            IndicatorFilterForm.render(action: .scorecard(council: view.slug, format: .html), filters: filters, units: units, priorities: priorities,
                                       periodChoices: (period.key, periodChoices), withStatus: false, plans: plans)
            summary
            Node<HTML.BodyContext>.ul(.class("inline-links"),
                .li(.a(.href(SiteURL.scorecard(council: view.slug, format: .csv).path(query: [("period", period.key)] + filters.query)), .text("Download as CSV"))),
                .li(.a(.href(SiteURL.scorecard(council: view.slug, format: .json).path(query: [("period",
                    period.key)] + filters.query)), .text("Download as JSON"))),
                .forEach(partnerships) { partnership in
                    .li(.a(.href(SiteURL.partnershipScorecard(council: view.slug, .id(partnership.id))
                        .path(query: [("period", period.key)])), .text("Scorecard of \(partnership.name)")))
                })
            table
        }
    }

    private var periodChoices: [FormField.Choice] { Self.periodChoices(today: view.today) }

    /// The last five years, their halves and quarters that have begun, newest first.
    static func periodChoices(today: CalendarDate) -> [FormField.Choice] {
        let latest = ReportingPeriod(containing: today, kind: .quarter)
        return (0..<5).flatMap { offset in
            let year = latest.startYear - offset
            return [ReportingPeriod.year(year)] + ReportingPeriod.periods(.half, inYear: year) + ReportingPeriod.periods(.quarter, inYear: year)
        }.filter { $0.start <= today }.sorted().reversed().map { FormField.Choice(value: $0.key, label: $0.label) }
    }

    private var summary: Node<HTML.BodyContext> {
        let counts = RAGStatus.allCases.map { status in (status, rows.filter { $0.result?.status == status }.count) }
        return .group(
            .h2(.text("Summary")),
            .ul(.class("status-summary"), .forEach(counts) { status, count in
                .li(IndicatorMarkup.status(status), .text(": \(count) indicator\(count == 1 ? "" : "s")"))
            }))
    }

    private var table: Node<HTML.BodyContext> {
        .table(.class("scorecard"),
               .caption(.class("visually-hidden"), .text("Scorecard for \(scopeName), \(period.label)")),
               .thead(.tr(.th("Indicator"), .th("Period"), .th("Value"), .th("Target"), .th("Status"), .th("Direction of travel"),
                          .th("Commentary"), .th("Trend"))),
               .tbody(.forEach(rows) { history, result in
                   let indicator = history.indicator
                   return .tr(
                       .th(.attribute(named: "scope", value: "row"),
                           .a(.href(SiteURL.indicator(council: view.slug, .id(indicator.id!), format: .html).path), .text("\(indicator.code) \(indicator.title)"))),
                       .td(.text(result?.period.label ?? "—")),
                       .td(.text(IndicatorMarkup.actualText(result, indicator))),
                       .td(.text(IndicatorMarkup.targetText(result?.target, indicator))),
                       .td(result.map { IndicatorMarkup.status($0.status) } ?? .text("—")),
                       .td(.text("On the previous period: "), IndicatorMarkup.direction(result?.sincePrevious ?? .notComparable), .br(),
                           .text("On a year earlier: "), IndicatorMarkup.direction(result?.sinceYearEarlier ?? .notComparable)),
                       .td(.text(result?.actual?.commentary ?? "")),
                       .td(IndicatorChart.sparkline(history, label: sparklineLabel(history))))
               }))
    }

    private func sparklineLabel(_ history: IndicatorHistory) -> String {
        let recent = IndicatorChart.points(history, last: IndicatorChart.sparklinePoints).filter { $0.actual != nil }
        let values = recent.compactMap { point in point.actual.map { "\(point.label) \(history.indicator.format(.number($0)))" } }
        return "Trend: " + values.joined(separator: ", ")
    }
}
