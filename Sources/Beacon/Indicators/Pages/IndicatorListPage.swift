import BeaconDomain
import Fluent
import Plot
import Vapor

/// The filters of the indicator list and the scorecard, read from the query string.
struct IndicatorFilters: Sendable {
    var unit: UUID?
    var priority: UUID?
    var scope: IndicatorScope?
    var status: RAGStatus?
    /// One business plan's indicators: the plan scorecard.
    var plan: UUID?

    var query: [(String, String)] {
        [("unit", unit?.uuidString ?? ""), ("priority", priority?.uuidString ?? ""), ("scope", scope?.rawValue ?? ""),
         ("status", status?.rawValue ?? ""), ("plan", plan?.uuidString ?? "")]
    }
}

/// The list of a council's indicators with their latest result, filtered, as a page or download.
struct IndicatorListPage {
    let view: CouncilView
    let rows: [(indicator: Indicator, latest: PeriodResult?)]
    let filters: IndicatorFilters
    let units: [Unit]
    let priorities: [StrategicPriority]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Performance indicators", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("\(view.council.name)'s performance indicators and their latest results\(view.mayReadUnverified ? ", including values not yet verified" : " (verified values only)")."))
            IndicatorFilterForm.render(action: .indicatorList(council: view.slug, format: .html), filters: filters, units: units,
                                       priorities: priorities, periodChoices: nil, withStatus: true)
            links
            Node<HTML.BodyContext>.if(view.may(.defineIndicators(council: view.councilID)),
                .form(.method(.post), .action(SiteURL.indicatorRejudge(council: view.slug).path), .class("rejudge"),
                      FormView.tokenField(context.csrfToken),
                      .p(.text("Statuses keep the tolerance they were judged under. After changing the council's tolerance, you may judge every value again; each change is audited.")),
                      .button(.type(.submit), .class("button button-secondary"), .text("Judge every value again"))))
            Node<HTML.BodyContext>.table(
                .caption(.class("visually-hidden"), .text("Indicators and their latest results")),
                .thead(.tr(.th("Indicator"), .th("Latest period"), .th("Value"), .th("Target"), .th("Status"), .th("Since the previous period"))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.a(.href(SiteURL.indicator(council: view.slug, .id(row.indicator.id!), format: .html).path), .text("\(row.indicator.code) \(row.indicator.title)"))),
                        .td(.text(row.latest?.period.label ?? "—")),
                        .td(.text(IndicatorMarkup.actualText(row.latest, row.indicator))),
                        .td(.text(IndicatorMarkup.targetText(row.latest?.target, row.indicator))),
                        .td(row.latest.map { IndicatorMarkup.status($0.status) } ?? .text("—")),
                        .td(IndicatorMarkup.direction(row.latest?.sincePrevious ?? .notComparable)))
                }))
            Node<HTML.BodyContext>.if(rows.isEmpty, .p(.text("No indicators match these filters.")))
        }
    }

    private var links: Node<HTML.BodyContext> {
        .ul(.class("inline-links"),
            .li(.a(.href(SiteURL.scorecard(council: view.slug, format: .html).path), .text("Scorecard"))),
            .li(.a(.href(SiteURL.indicatorList(council: view.slug, format: .csv).path(query: filters.query)), .text("Download as CSV"))),
            .li(.a(.href(SiteURL.indicatorList(council: view.slug, format: .json).path(query: filters.query)), .text("Download as JSON"))),
            .if(view.may(.defineIndicators(council: view.councilID)), .li(.a(.href(SiteURL.list(.indicators).path), .text("Indicator definitions")))),
            .if(view.mayVerify, .li(.a(.href(SiteURL.indicatorImport(council: view.slug).path), .text("Import values and targets")))))
    }
}

/// The GET form that narrows a list or scorecard.
enum IndicatorFilterForm {
    static func render(action: SiteURL, filters: IndicatorFilters, units: [Unit], priorities: [StrategicPriority],
                       periodChoices: (selected: String, choices: [FormField.Choice])?, withStatus: Bool,
                       plans: [FormField.Choice]? = nil) -> Node<HTML.BodyContext> {
        var fields: [FormField] = []
        if let periodChoices {
            fields.append(FormField(name: "period", label: "Period", control: .select(periodChoices.choices), value: periodChoices.selected))
        }
        if let plans {
            fields.append(FormField(name: "plan", label: "Business plan",
                                    control: .select([.init(value: "", label: "Any plan")] + plans),
                                    value: filters.plan?.uuidString ?? "",
                                    hint: "A plan's scorecard: the indicators the plan reports"))
        }
        fields += [
            FormField(name: "unit", label: "Unit", control: .select([.init(value: "", label: "All units")] + units.choices), value: filters.unit?.uuidString ?? ""),
            FormField(name: "priority", label: "Strategic priority", control: .select([.init(value: "", label: "All priorities")] + priorities.choices),
                      value: filters.priority?.uuidString ?? ""),
            FormField(name: "scope", label: "Scope", control: .select([.init(value: "", label: "National and local")] + IndicatorScope.choices),
                      value: filters.scope?.rawValue ?? ""),
        ]
        if withStatus {
            fields.append(FormField(name: "status", label: "Status", control: .select([.init(value: "", label: "Any status")] + RAGStatus.choices),
                                    value: filters.status?.rawValue ?? ""))
        }
        return .form(.method(.get), .action(action.path), .class("filters"),
                     .element(named: "fieldset", nodes: [
                         .element(named: "legend", text: "Filter"),
                         .forEach(fields) { FormView.field(for: $0, problem: nil) },
                     ]),
                     .button(.type(.submit), .class("button"), .text("Show")))
    }
}
