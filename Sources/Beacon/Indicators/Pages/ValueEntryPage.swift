import BeaconDomain
import Fluent
import Plot
import Vapor

/// The data-entry form for one period of an indicator: an actual (or why there is none), an
/// estimate or a projection, with the target and last year's value shown beside the field.
struct ValueEntryPage {
    let view: CouncilView
    let history: IndicatorHistory
    let period: ReportingPeriod
    let kind: ValueKind
    let existing: IndicatorValue?
    let input: ValueInput?
    let problems: FormView.Problems

    var indicator: Indicator { history.indicator }

    func render(in context: LayoutContext) -> HTML {
        let row = history.result(for: period)
        let lastYear = history.result(for: period.yearEarlier)
        let facts: [(String, String)] = [
            ("Target", IndicatorMarkup.targetText(row?.target, indicator)),
            ("Last year (\(period.yearEarlier.label))", IndicatorMarkup.actualText(lastYear, indicator)),
            ("Previous period (\(period.previous.label))", IndicatorMarkup.actualText(history.result(for: period.previous), indicator)),
            ("Due", row.map { $0.dueDate.long } ?? view.council.valueDueRule.dueDate(period).long),
        ]
        return Layout.page(title: "\(kind.title) for \(indicator.code), \(period.label)", context: context) {
            Node<HTML.BodyContext>.p(.text(indicator.title + ". " + indicator.definition))
            Node<HTML.BodyContext>.dl(.class("summary"), .forEach(facts) { .group(.dt(.text($0.0)), .dd(.text($0.1))) })
            Node<HTML.BodyContext>.ul(.class("inline-links"), .forEach(ValueKind.allCases.filter { $0 != kind }) { other in
                .li(.a(.href(SiteURL.indicatorPeriod(council: view.slug, .id(indicator.id!), period: period.key).path(query: [("kind", other.rawValue)])),
                       .text("Enter the \(other.rawValue) instead")))
            })
            FormView.errorSummary(problems)
            FormView.form(action: SiteURL.indicatorPeriod(council: view.slug, .id(indicator.id!), period: period.key).path,
                          token: context.csrfToken, submit: "Save \(kind.rawValue)", fields: fields(facts: facts), problems: problems,
                          hidden: [("kind", kind.rawValue)] + (existing.map { [("version", String($0.version))] } ?? []))
        }
    }

    private func fields(facts: [(String, String)]) -> [FormField] {
        let stored = existing?.measure(unit: indicator.unit).map(indicator.unit.inputText)
        var fields = [
            FormField(name: "value", label: "\(kind.title) (\(indicator.unit.title.lowercased()))", control: .text(max: 40),
                      value: input?.value ?? stored ?? "", hint: "\(facts[0].0): \(facts[0].1). \(facts[1].0): \(facts[1].1).",
                      required: kind != .actual),
        ]
        if kind == .actual {
            fields.append(FormField(name: "missingReason", label: "Or, why there is no value", control: .select([.none] + MissingReason.choices),
                                    value: input?.missingReason ?? existing?.missingReason?.rawValue ?? ""))
        }
        fields.append(FormField(name: "commentary", label: "Commentary", control: .textarea(max: 2000),
                                value: input?.commentary ?? existing?.commentary ?? "", hint: "What explains the result, and what is being done"))
        if existing?.isVerified == true {
            fields.append(FormField(name: "restatementReason", label: "Reason for restating", control: .text(max: 500),
                                    value: input?.restatementReason ?? "",
                                    hint: "This value has been verified. If you change it, say why; the earlier value stays in the audit trail."))
        }
        return fields
    }
}
