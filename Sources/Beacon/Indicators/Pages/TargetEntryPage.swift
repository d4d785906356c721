import BeaconDomain
import Fluent
import Plot
import Vapor

/// Sets an indicator's target for one period, with an optional tolerance of its own.
struct TargetEntryPage {
    let view: CouncilView
    let indicator: Indicator
    let period: ReportingPeriod
    let existing: IndicatorTarget?
    let input: TargetInput?
    let problems: FormView.Problems

    func render(in context: LayoutContext) -> HTML {
        let hint = indicator.polarity == .band ? "Two values joined by “to”, for example 40 to 60" : "In \(indicator.unit.title.lowercased()); \(indicator.polarity.title.lowercased())"
        let fields = [
            FormField(name: "target", label: "Target", control: .text(max: 40),
                      value: input?.target ?? existing?.target(unit: indicator.unit).map { TargetReading.text($0, unit: indicator.unit) } ?? "",
                      hint: hint + ". Leave empty to remove the target.", required: existing == nil),
            FormField(name: "tolerance", label: "Tolerance", control: .text(max: 20), value: input?.tolerance ?? existing?.tolerance ?? "",
                      hint: "A percentage of the target like 5%, or an amount like 2.5. Empty uses the council's \(view.council.tolerancePercent)%."),
        ]
        return Layout.page(title: "Target for \(indicator.code), \(period.label)", context: context) {
            Node<HTML.BodyContext>.p(.text(indicator.title))
            FormView.errorSummary(problems)
            FormView.form(action: SiteURL.indicatorTarget(council: view.slug, .id(indicator.id!), period: period.key).path,
                          token: context.csrfToken, submit: "Save target", fields: fields, problems: problems,
                          hidden: existing.map { [("version", String($0.version))] } ?? [])
        }
    }
}
