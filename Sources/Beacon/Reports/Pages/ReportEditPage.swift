import BeaconDomain
import Plot
import Vapor

/// A draft's form: title, introduction, the sections and for each its narrative and exception
/// view, and the two kinds of budget the budget section compares.
struct ReportEditPage {
    let view: CouncilView
    let report: Report
    var input: [String: String]?
    var problems: FormView.Problems = []

    func render(in context: LayoutContext) -> HTML {
        let chosen = Dictionary(uniqueKeysWithValues: report.sections.map { ($0.kind, $0) })
        let budgetChoices = BudgetKind.allCases.map { FormField.Choice(value: $0.rawValue, label: $0.title) }
        return Layout.page(title: "Edit: \(report.title)", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.form(
                .method(.post), .action(SiteURL.reportEdit(council: view.slug, .id(report.id!)).path),
                .attribute(named: "novalidate"),
                FormView.tokenField(context.csrfToken),
                .input(.type(.hidden), .name("version"), .value(String(report.version))),
                field(FormField(name: "title", label: "Title", control: .text(max: 200),
                                value: value("title", report.title), required: true)),
                field(FormField(name: "introduction", label: "Introduction", control: .textarea(max: 20_000),
                                value: value("introduction", report.introduction))),
                field(FormField(name: "budget_base", label: "Budget compared from", control: .select(budgetChoices),
                                value: value("budget_base", report.budgetBase.rawValue), required: true)),
                field(FormField(name: "budget_compared", label: "Budget compared to", control: .select(budgetChoices),
                                value: value("budget_compared", report.budgetCompared.rawValue), required: true)),
                .forEach(ReportSectionKind.allCases) { kind in section(kind, chosen: chosen[kind]) },
                .button(.type(.submit), .class("button"), .text("Save the draft")))
        }
    }

    private func section(_ kind: ReportSectionKind, chosen: ReportSectionChoice?) -> Node<HTML.FormContext> {
        let key = kind.rawValue
        let included = input.map { $0["include_\(key)"] != nil } ?? (chosen != nil)
        let exceptions = input.map { $0["exceptions_\(key)"] != nil } ?? (chosen?.exceptionsOnly ?? false)
        return .element(named: "fieldset", nodes: [
            .class("field report-section-fields"),
            .element(named: "legend", text: kind.title),
            FormView.checkbox(name: "include_\(key)", label: "Include this section", checked: included),
            .unwrap(kind.exceptionTitle) { title in
                FormView.checkbox(name: "exceptions_\(key)", label: "Exception view: \(title.lowercased())",
                                  checked: exceptions)
            },
            field(FormField(name: "narrative_\(key)", label: "\(kind.title): the officer's narrative",
                            control: .textarea(max: 20_000), value: value("narrative_\(key)",
                                chosen?.narrative ?? ""))),
        ])
    }

    private func value(_ name: String, _ stored: String) -> String { input?[name] ?? stored }

    private func field(_ item: FormField) -> Node<HTML.FormContext> {
        FormView.field(for: item, problem: problems.first { $0.field == item.name }?.message)
    }
}
