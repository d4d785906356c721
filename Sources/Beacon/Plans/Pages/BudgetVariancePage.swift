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

    static func handle(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        guard reading.seesWorkingCopy else { throw Abort(.forbidden, reason: "Only those who work on this plan may compare its budgets.") }
        let lines = try await BudgetLine.query(on: request.db).filter(\.$planID == reading.planID).sort(\.$activity).all()
        let choices = Set(lines.map { "\($0.year)-\($0.kindName)" }).sorted().compactMap { key -> Choice? in
            let parts = key.split(separator: "-")
            guard let year = Int(parts[0]), let kind = BudgetKind(rawValue: String(parts[1])) else { return nil }
            return Choice(year: year, kind: kind)
        }
        guard choices.count >= 2 else { throw Abort(.notFound, reason: "This plan has fewer than two kinds of budget to compare.") }
        let from = (try? request.query.get(String.self, at: "from")) ?? choices[0].key
        let to = (try? request.query.get(String.self, at: "to")) ?? choices[1].key
        guard let first = choices.first(where: { $0.key == from }), let second = choices.first(where: { $0.key == to }) else {
            throw Abort(.badRequest, reason: "Choose two of this plan's budgets from the lists.")
        }
        let activities = lines.map(\.activity).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let variances = activities.map { activity in
            BudgetVariance(activity: activity, from: net(lines, activity, first), to: net(lines, activity, second))
        }
        let html = Layout.page(title: "Budget variance", context: request.layoutContext, extraStylesheet: .planStylesheet,
                               nodes: [form(reading, choices: choices, from: from, to: to), table(variances, first, second)])
        return Layout.response(html)
    }

    private static func net(_ lines: [BudgetLine], _ activity: String, _ choice: Choice) -> Int? {
        lines.first { $0.activity == activity && $0.year == choice.year && $0.kind == choice.kind }?.figures.net
    }

    private static func form(_ reading: PlanReading, choices: [Choice], from: String, to: String) -> Node<HTML.BodyContext> {
        let options = choices.map { FormField.Choice(value: $0.key, label: $0.label) }
        return .form(.method(.get), .action(SiteURL.planBudget(council: reading.slug, .id(reading.planID)).path),
                     FormView.field(for: FormField(name: "from", label: "Compare", control: .select(options), value: from), problem: nil),
                     FormView.field(for: FormField(name: "to", label: "With", control: .select(options), value: to), problem: nil),
                     .button(.type(.submit), .class("button"), .text("Compare")))
    }

    private static func table(_ rows: [BudgetVariance], _ first: Choice, _ second: Choice) -> Node<HTML.BodyContext> {
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
