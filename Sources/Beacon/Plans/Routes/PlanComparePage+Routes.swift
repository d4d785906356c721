import BeaconDomain
import Fluent
import Plot
import Vapor

extension PlanComparePage {
    static func handle(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        let revisions = try await request.readableRevisions(reading)
        var choices = revisions.map { (String($0.revision), "Revision \($0.revision) as approved") }
        if reading.seesWorkingCopy { choices.append(("working", "The working copy (revision \(reading.plan.revision), \(reading.plan.status.rawValue))")) }
        guard choices.count >= 2 else { throw Abort(.notFound, reason: "This plan has only one version so far; there is nothing to compare.") }
        let from = (try? request.query.get(String.self, at: "from")) ?? choices[choices.count - 2].0
        let to = (try? request.query.get(String.self, at: "to")) ?? choices[choices.count - 1].0
        guard choices.contains(where: { $0.0 == from }), choices.contains(where: { $0.0 == to }) else {
            throw Abort(.badRequest, reason: "Choose two versions of this plan from the lists.")
        }
        let old = try await document(from, reading, on: request), new = try await document(to, reading, on: request)
        let changes = new.comparableLines.difference(from: old.comparableLines)
        let context = request.layoutContext
        let html = Layout.page(title: "Changes to \(new.title)", context: context, extraStylesheet: .planStylesheet, nodes: [
            form(reading, choices: choices, from: from, to: to),
            changes.isEmpty ? .p(.text("The two versions are the same.")) : .ul(.class("plan-diff"), .forEach(Array(changes)) { change in
                switch change {
                case .insert(_, let line, _): .li(.class("diff-added"), .strong(.text("Added: ")), .text(line))
                case .remove(_, let line, _): .li(.class("diff-removed"), .strong(.text("Removed: ")), .text(line))
                }
            }),
        ])
        return Layout.response(html)
    }

    static func document(_ choice: String, _ reading: PlanReading, on request: Request) async throws -> PlanDocument {
        if choice == "working" {
            return try await PlanDocument.build(reading.plan, council: reading.view.council, today: reading.view.today, on: request.db)
        }
        return try await request.planRevisionDocument(reading, number: Int(choice) ?? 0)
    }
}
