import BeaconDomain
import Fluent
import Plot
import Vapor

/// The change in net budget by activity between any two kinds and years of a plan's budget
/// lines (this year's estimate against its outturn, say), for those who work on the plan.
enum BudgetVariancePage {
    struct Choice {
        let year: Int
        let kind: BudgetKind
        var key: String { "\(year)-\(kind.rawValue)" }
        var label: String { "\(ReportingPeriod.year(year).yearLabel) \(kind.title.lowercased())" }
    }

    static func net(_ lines: [BudgetLine], _ activity: String, _ choice: Choice) -> Int? {
        lines.first { $0.activity == activity && $0.year == choice.year && $0.kind == choice.kind }?.figures.net
    }

    static func form(_ reading: PlanReading, choices: [Choice], from: String, to: String) -> Node<HTML.BodyContext> {
        let options = choices.map { FormField.Choice(value: $0.key, label: $0.label) }
        return .form(.method(.get), .action(SiteURL.planBudget(council: reading.slug, .id(reading.planID)).path),
                     FormView.field(for: FormField(name: "from", label: "Compare", control: .select(options), value: from), problem: nil),
                     FormView.field(for: FormField(name: "to", label: "With", control: .select(options), value: to), problem: nil),
                     .button(.type(.submit), .class("button"), .text("Compare")))
    }

    static func table(_ rows: [BudgetVariance], _ first: Choice, _ second: Choice) -> Node<HTML.BodyContext> {
        let total = BudgetVariance(activity: "Total", from: rows.compactMap(\.from).reduce(0, +), to: rows.compactMap(\.to).reduce(0, +))
        func cells(_ row: BudgetVariance) -> Node<HTML.TableContext> {
            .tr(.th(.attribute(named: "scope", value: "row"), .text(row.activity)),
                .td(.class("number"), .text(row.from.map(Money.thousandsText) ?? "–")),
                .td(.class("number"), .text(row.to.map(Money.thousandsText) ?? "–")),
                .td(.class("number"), .text(row.change.map(Money.thousandsText) ?? "–")),
                .td(.class("number"), .text(row.percent.map { "\($0)%" } ?? "–")))
        }
        return .table(.class("plan-table"), .caption(.text("Net budget by activity, £000s; the change is the second less the first.")),
                      PlanDocument.headerRow(["Service activity", first.label, second.label, "Change", "Change %"]),
                      .tbody(.forEach(rows) { cells($0) }, cells(total)))
    }
}
