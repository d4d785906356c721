import BeaconDomain
import Plot
import Vapor

/// The partnership's scorecard: the indicators its councils share, each council's result,
/// target and status side by side for a period (verified values only).
struct PartnershipScorecardPage {
    let view: CouncilView
    let scorecard: PartnershipScorecard
    let periodChoices: [FormField.Choice]

    func render(in context: LayoutContext) -> HTML {
        let title = "Scorecard: \(scorecard.partnership.name), \(scorecard.period.label)"
        return Layout.page(title: title, context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("The indicators more than one of the partnership's councils "
                + "report, each council's latest verified result for a period ending by \(scorecard.period.end.long)."))
            Node<HTML.BodyContext>.form(
                .method(.get),
                .action(SiteURL.partnershipScorecard(council: view.slug, .id(scorecard.partnership.id!)).path),
                .class("filters"),
                FormView.field(for: FormField(name: "period", label: "Period", control: .select(periodChoices),
                                              value: scorecard.period.key), problem: nil),
                .button(.type(.submit), .class("button"), .text("Show")))
            if scorecard.rows.isEmpty {
                Node<HTML.BodyContext>.p(.text("The partners share no indicator yet."))
            } else {
                table
            }
        }
    }

    private var table: Node<HTML.BodyContext> {
        .table(.class("scorecard"),
               .caption(.class("visually-hidden"), .text("Shared indicators by council")),
               .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Indicator")),
                          .forEach(scorecard.councils) { .th(.attribute(named: "scope", value: "col"),
                              .text($0.name)) })),
               .tbody(.forEach(scorecard.rows) { row in
                   .tr(.th(.attribute(named: "scope", value: "row"), .text("\(row.code) \(row.title)")),
                       .forEach(row.results) { cell in .td(result(cell)) })
               }))
    }

    private func result(_ cell: (indicator: Indicator, result: PeriodResult?)?) -> Node<HTML.BodyContext> {
        guard let cell else { return .text("Not reported") }
        guard let result = cell.result else { return .text("No result yet") }
        return .group(.text("\(IndicatorMarkup.actualText(result, cell.indicator)) (\(result.period.label))"), .br(),
                      .text("Target: \(IndicatorMarkup.targetText(result.target, cell.indicator))"), .br(),
                      IndicatorMarkup.status(result.status))
    }
}
