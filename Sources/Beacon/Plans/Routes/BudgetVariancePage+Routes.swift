import BeaconDomain
import Fluent
import Plot
import Vapor

extension BudgetVariancePage {
    static func handle(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        guard reading.seesWorkingCopy else { throw Abort(.forbidden, reason: "Only those who work on this plan may compare its budgets.") }
        let lines = try await BudgetLine.query(on: request.db).filter(\.$planID == reading.planID).sort(\.$activity).all()
        let choices = Set(lines.map { "\($0.year)-\($0.kind.rawValue)" }).sorted().compactMap { key -> Choice? in
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
}
