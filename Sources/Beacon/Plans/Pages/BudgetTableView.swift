import BeaconDomain
import Plot

/// Section 6's budget table in £000s. Each cell rounds its exact value; the total row rounds
/// the exact total, so it may differ by one from the visible column sum.
extension PlanDocument {
    func budgetTableNode() -> Node<HTML.BodyContext> {
        if budget.rows.isEmpty { return Self.empty("No budget is recorded.") }
        let figureHeads = ["Expenditure", "Income", "Net", "FTE"]
        return .table(.class("plan-table plan-budget"),
                      .caption(.text("Budget by service activity, £000s. Totals are of exact figures, so may differ by one from the sum of the rounded figures above them.")),
                      .thead(.tr(.th(.attribute(named: "rowspan", value: "2"), .attribute(named: "scope", value: "col"), .text("Service activity")),
                                 .forEach(budget.columns) { .th(.attribute(named: "colspan", value: "4"), .attribute(named: "scope", value: "colgroup"), .text($0)) },
                                 .th(.attribute(named: "rowspan", value: "2"), .attribute(named: "scope", value: "col"), .text("Notes"))),
                             .tr(.forEach(budget.columns.indices) { _ in
                                 .group(figureHeads.map { Node<HTML.TableRowContext>.th(.attribute(named: "scope", value: "col"), .class("number"), .text($0)) })
                             })),
                      .tbody(.forEach(budget.rows) { row in
                          .tr(.th(.attribute(named: "scope", value: "row"), .text(row.activity)),
                              .forEach(row.columns) { Self.figureCells($0) },
                              .td(.text(row.notes)))
                      },
                      .tr(.class("total-row"), .th(.attribute(named: "scope", value: "row"), .text("Total")),
                          .forEach(budget.totals) { Self.figureCells($0) },
                          .td())))
    }

    static func figureCells(_ figures: BudgetFigures?) -> Node<HTML.TableRowContext> {
        guard let figures else {
            return .group([Node<HTML.TableRowContext>](repeating: .td(.class("number"), .text("–")), count: 4))
        }
        return .group(.td(.class("number"), .text(Money.thousandsText(figures.expenditure))),
                      .td(.class("number"), .text(Money.thousandsText(figures.income))),
                      .td(.class("number"), .text(Money.thousandsText(figures.net))),
                      .td(.class("number"), .text(FullTimeEquivalent.text(figures.fte))))
    }
}
