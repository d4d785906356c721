import BeaconDomain
import Fluent
import Plot
import Vapor

/// One indicator: its definition, a chart of actuals against targets with the same data as a
/// table, every period's values, and where it is national, how other councils compare.
struct IndicatorShowPage {
    let view: CouncilView
    let history: IndicatorHistory
    let names: (unit: String, officer: String?, priority: String?)
    let benchmark: (period: String, rows: [BenchmarkRow])?
    let revisions: [IndicatorRevision]

    var indicator: Indicator { history.indicator }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "\(indicator.code) \(indicator.title)", context: context) {
            definition
            Node<HTML.BodyContext>.h2(.id("chart-title"), .text("Actuals against targets"))
            IndicatorChart.chart(history, titleID: "chart-title")
            Node<HTML.BodyContext>.p(.class("chart-key"), .text("Solid line and round markers: actual. Dashed line and square markers: target. The table below gives every value."))
            IndicatorHistoryTable(view: view, history: history, token: context.csrfToken).render()
            BenchmarkRow.section(benchmark, indicator: indicator, council: view.councilID)
            revisionList
        }
    }

    private var definition: Node<HTML.BodyContext> {
        let items: [(String, String)] = [
            ("Purpose", indicator.purpose), ("Definition", indicator.definition),
            ("Scope", indicator.scope.title + (indicator.nationalCode.map { " (\($0))" } ?? "")),
            ("Unit", indicator.unit.title), ("Polarity", indicator.polarity.title), ("Frequency", indicator.frequency.title),
            ("Owning unit", names.unit), ("Reporting officer", names.officer ?? "—"), ("Strategic priority", names.priority ?? "—"),
            ("Data source", indicator.dataSource.title + (indicator.formula.map { ": \($0)" } ?? "")),
        ]
        return .group(
            .dl(.class("summary"), .forEach(items) { .group(.dt(.text($0.0)), .dd(.text($0.1))) }),
            .ul(.class("inline-links"),
                .li(.a(.href(SiteURL.indicator(council: view.slug, .id(indicator.id!), format: .csv).path), .text("Download the values as CSV"))),
                .li(.a(.href(SiteURL.indicator(council: view.slug, .id(indicator.id!), format: .json).path), .text("Download the values as JSON"))),
                .if(view.may(.defineIndicators(council: view.councilID)),
                    .li(.a(.href(SiteURL.edit(.indicators, .id(indicator.id!)).path), .text("Change the definition"))))))
    }

    private var revisionList: Node<HTML.BodyContext> {
        .if(revisions.count > 1, .group(
            .h2(.text("Changes to the definition")),
            .p(.text("Values entered under different revisions are not compared for direction of travel.")),
            .ul(.forEach(revisions) { .li(.text("Revision \($0.revision) from \($0.startsOn.long), recorded by \($0.recordedBy)")) })))
    }
}

/// The table of every period: values, target, status, whether met, direction and commentary,
/// with the links the reader may use to enter, set targets and verify.
struct IndicatorHistoryTable {
    let view: CouncilView
    let history: IndicatorHistory
    let token: String

    func render() -> Node<HTML.BodyContext> {
        let indicator = history.indicator
        let mayEnter = view.mayEnter(indicator)
        return .group(
            .h2(.text("Every period")),
            .table(.class("history"),
                   .caption(.class("visually-hidden"), .text("Values, targets and status of \(indicator.code) for every period, newest first")),
                   .thead(.tr(.th("Period"), .th("Actual"), .th("Target"), .th("Status"), .th("Target met"), .th("Since the previous period"),
                              .th("Since a year earlier"), .th("Estimate or projection"), .th("Commentary"), .th("Verified"),
                              .if(mayEnter || view.mayVerify, .th("Actions")))),
                   .tbody(.forEach(history.rows.reversed()) { row in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(row.period.label)),
                           .td(.text(IndicatorMarkup.actualText(row, indicator))),
                           .td(.text(IndicatorMarkup.targetText(row.target, indicator))),
                           .td(IndicatorMarkup.status(row.status), .if(row.escalation != .notDue, .span(.class("escalation"), .text(" – \(row.escalation.title)")))),
                           .td(.text(IndicatorMarkup.metText(row.met))),
                           .td(IndicatorMarkup.direction(row.sincePrevious)),
                           .td(IndicatorMarkup.direction(row.sinceYearEarlier)),
                           .td(.text(IndicatorMarkup.forecastText(row, indicator))),
                           .td(.text(row.actual?.commentary ?? "")),
                           .td(.text(verifiedText(row))),
                           .if(mayEnter || view.mayVerify, .td(actions(row, mayEnter: mayEnter))))
                   })))
    }

    private func verifiedText(_ row: PeriodResult) -> String {
        guard let actual = row.actual else { return "—" }
        let restated = actual.restatementReason.map { " Restated: \($0)." } ?? ""
        return (actual.isVerified ? "Yes, by \(actual.verifiedBy ?? "a performance officer")" : "Not yet") + restated
    }

    private func actions(_ row: PeriodResult, mayEnter: Bool) -> Node<HTML.BodyContext> {
        let id = history.indicator.id!
        let label = "\(history.indicator.code) \(row.period.label)"
        let unverified = row.actual.map { !$0.isVerified && ($0.value != nil || $0.missingReason != nil) } ?? false
        return .group(
            .if(mayEnter, .group(
                .a(.href(SiteURL.indicatorPeriod(council: view.slug, .id(id), period: row.period.key).path),
                   .text("Enter values"), .span(.class("visually-hidden"), .text(" for \(label)"))))),
            .if(view.maySetTargets, .group(
                .br(),
                .a(.href(SiteURL.indicatorTarget(council: view.slug, .id(id), period: row.period.key).path),
                   .text("Set target"), .span(.class("visually-hidden"), .text(" for \(label)"))))),
            .if(view.mayVerify && unverified,
                .form(.method(.post), .action(SiteURL.indicatorVerify(council: view.slug, .id(id), period: row.period.key).path),
                      FormView.tokenField(token),
                      .button(.type(.submit), .class("link-button"), .text("Verify"), .span(.class("visually-hidden"), .text(" \(label)"))))))
    }
}
