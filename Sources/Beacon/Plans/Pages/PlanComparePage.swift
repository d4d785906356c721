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
    static func form(_ reading: PlanReading, choices: [(String, String)], from: String, to: String) -> Node<HTML.BodyContext> {
        let options = choices.map { FormField.Choice(value: $0.0, label: $0.1) }
        return .form(.method(.get), .action(SiteURL.planCompare(council: reading.slug, .id(reading.planID)).path),
                     FormView.field(for: FormField(name: "from", label: "Compare", control: .select(options), value: from), problem: nil),
                     FormView.field(for: FormField(name: "to", label: "With", control: .select(options), value: to), problem: nil),
                     .button(.type(.submit), .class("button"), .text("Compare")))
    }
}
