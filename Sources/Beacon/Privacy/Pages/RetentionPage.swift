import BeaconDomain
import Plot
import Vapor

/// The council's retention periods, one number of months per kind of record.
struct RetentionPage {
    let view: CouncilView
    let overview: PrivacyOverview
    var input: [String: String] = [:]
    var problems: FormView.Problems = []

    func render(in context: LayoutContext) -> HTML {
        let fields = overview.periods.map { period in
            FormField(name: period.record.rawValue, label: "\(period.record.title) (months)", control: .number,
                      value: input[period.record.rawValue] ?? String(period.months),
                      hint: "Counted from \(period.record.countedFrom). "
                          + "Beacon's default: \(period.record.defaultMonths).",
                      required: true)
        }
        return Layout.page(title: "Retention schedule", context: context) {
            Node<HTML.BodyContext>.p(.text("After its period, a record's personal details are blanked by the daily job "
                + "(the record and its counts stay); the access log's lines are deleted. A complaint with the "
                + "Ombudsman is kept whole until the Ombudsman decides."))
            FormView.errorSummary(problems)
            FormView.form(action: SiteURL.retention(council: view.slug).path, token: context.csrfToken,
                          submit: "Save the periods", fields: fields, problems: problems)
        }
    }
}
