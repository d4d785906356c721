import BeaconDomain
import Plot
import Vapor

/// What a search found about a person, kind by kind, with the export and the erasure.
struct SubjectSearchPage {
    let view: CouncilView
    let input: SubjectInput
    let terms: PersonTerms
    let found: [PersonSearch.Found]
    var problems: FormView.Problems = []

    /// The search's own fields, carried to the export and the erasure.
    private var carried: [(String, String)] {
        [("name", input.name ?? ""), ("email", input.email ?? ""), ("phone", input.phone ?? ""),
         ("reference", input.reference ?? "")]
    }

    func render(in context: LayoutContext) -> HTML {
        let total = found.reduce(0) { $0 + $1.rows.count }
        return Layout.page(title: "Data held about a person", context: context) {
            Node<HTML.BodyContext>.p(.text("Searched for: \(terms.terms.joined(separator: "; ")). "
                + "\(total) record\(total == 1 ? "" : "s") found."))
            Node<HTML.BodyContext>.forEach(found) { table in
                .section(.h2(.text("\(table.title) (\(table.rows.count))")),
                         .ul(.forEach(table.rows.prefix(50)) { .li(.text(Self.line($0))) }),
                         .if(table.rows.count > 50, .p(.text("The first 50 are listed; the export has them all."))))
            }
            Node<HTML.BodyContext>.h2(.text("Export"))
            Node<HTML.BodyContext>.form(.method(.post), .action(SiteURL.privacyExport(council: view.slug).path),
                FormView.tokenField(context.csrfToken),
                .forEach(carried) { .input(.type(.hidden), .name($0.0), .value($0.1)) },
                .button(.type(.submit), .class("button"), .text("Download everything as a ZIP")))
            Node<HTML.BodyContext>.h2(.text("Erase"))
            Node<HTML.BodyContext>.p(.text("Erasing blanks this person's details in contacts, service requests, "
                + "complaints, representations and the audit trail; the records, their dates and outcomes stay, so "
                + "counts and measures do not change. Staff and councillors' records, and documents, are the "
                + "council's own and are left for you to change. A complaint with the Ombudsman is kept whole. "
                + "This cannot be undone."))
            FormView.errorSummary(problems)
            FormView.form(action: SiteURL.privacyErasures(council: view.slug).path, token: context.csrfToken,
                          submit: "Erase this person's data",
                          fields: [Self.reasonField(input.reason)],
                          problems: problems, hidden: carried)
        }
    }

    static func reasonField(_ reason: String?) -> FormField {
        FormField(name: "reason", label: "Why the data is erased", control: .textarea(max: 500), value: reason ?? "",
                  hint: "Such as: the person's request under Article 17, received 1 December", required: true)
    }

    /// A row in a line: its first few filled columns.
    static func line(_ row: PersonSearch.Row) -> String {
        row.values.filter { $0.column != "id" && !($0.value ?? "").isEmpty }.prefix(6)
            .map { "\($0.column.replacingOccurrences(of: "_", with: " ")): \(($0.value ?? "").prefix(80))" }
            .joined(separator: " · ")
    }
}

/// What an erasure did.
struct ErasureOutcomePage {
    let view: CouncilView
    let outcome: PersonErasure.Outcome

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Personal data erased", context: context) {
            Node<HTML.BodyContext>.p(.text("Reason recorded: \(outcome.erasure.reason)"))
            Node<HTML.BodyContext>.h2(.text("Erased"))
            list(outcome.erased, empty: "Nothing needed erasing.")
            Node<HTML.BodyContext>.h2(.text("Found but not changed"))
            list(outcome.kept, empty: "Nothing: every record found was erased.")
            Node<HTML.BodyContext>.h2(.text("Kept under a legal hold"))
            Node<HTML.BodyContext>.if(outcome.held.isEmpty, .p(.text("None.")),
                                      else: .ul(.forEach(outcome.held) { .li(.text($0)) }))
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.privacy(council: view.slug).path), .text("Back to privacy")))
        }
    }

    private func list(_ items: [(title: String, count: Int)], empty: String) -> Node<HTML.BodyContext> {
        items.isEmpty ? .p(.text(empty)) : .ul(.forEach(items) { .li(.text("\($0.title): \($0.count)")) })
    }
}
