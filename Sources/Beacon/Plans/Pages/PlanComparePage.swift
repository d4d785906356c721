import BeaconDomain
import Fluent
import Plot
import Vapor

extension PlanDocument {
    /// The document as lines of text, section by section, for comparing two revisions.
    var comparableLines: [String] {
        var lines = ["Horizon: \(horizon)"]
        lines += purpose.map { "1. Purpose: \($0)" }
        lines += priorities.map { "2. \($0.title): \($0.responsibility)" }
        lines += coreActivities.map { "3. Core activity: \($0)" }
        lines += developments.map { "4. \($0.starts) \($0.development) (in response to \($0.inResponseTo)); outcome: \($0.outcome)" }
        lines += actions.map { "5. \($0.activity) | target: \($0.target) | resources: \($0.resources) | owner: \($0.owner)" }
        lines += PlanDocument.lines(staffing).map { "6. Staffing: \($0)" }
        lines += budget.rows.map { row in
            "6. Budget \(row.activity): " + zip(budget.columns, row.columns).map { "\($0.0) net \($0.1.map { Money.thousandsText($0.net) } ?? "–")" }.joined(separator: ", ")
        }
        lines += indicators.map { "7. \($0.code) \($0.title): " + zip(kpiColumns, $0.cells).map { "\($0.0) \($0.1)" }.joined(separator: ", ") }
        lines += consultations.map { "8. \($0.title) by \($0.completion.long): \($0.purpose)" }
        lines += risks.map { "9. \($0.area) | \($0.likelihood) × \($0.impact) = \($0.score) | target \($0.targetScore)" }
        return lines
    }
}

/// What changed between two revisions of a plan (or the last approved one and the working
/// copy), line by line.
enum PlanComparePage {
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

    private static func document(_ choice: String, _ reading: PlanReading, on request: Request) async throws -> PlanDocument {
        if choice == "working" {
            return try await PlanDocument.build(reading.plan, council: reading.view.council, today: reading.view.today, on: request.db)
        }
        return try await request.planRevisionDocument(reading, number: Int(choice) ?? 0)
    }

    private static func form(_ reading: PlanReading, choices: [(String, String)], from: String, to: String) -> Node<HTML.BodyContext> {
        let options = choices.map { FormField.Choice(value: $0.0, label: $0.1) }
        return .form(.method(.get), .action(SiteURL.planCompare(council: reading.slug, .id(reading.planID)).path),
                     FormView.field(for: FormField(name: "from", label: "Compare", control: .select(options), value: from), problem: nil),
                     FormView.field(for: FormField(name: "to", label: "With", control: .select(options), value: to), problem: nil),
                     .button(.type(.submit), .class("button"), .text("Compare")))
    }
}
