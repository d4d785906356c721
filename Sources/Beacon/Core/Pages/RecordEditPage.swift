import Plot
import Vapor

/// The form to add or change a record, with its close button and any related lists.
struct RecordEditPage {
    let title: String
    let action: SiteURL
    let fields: [FormField]
    let problems: FormView.Problems
    let version: Int?
    let closeAction: (label: String, url: SiteURL)?
    let closedNote: String?
    var related: [Node<HTML.BodyContext>] = []

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: title, context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.unwrap(closedNote) { .p(.class("closed-note"), .strong(.text($0))) }
            FormView.form(action: action.path, token: context.csrfToken, submit: version == nil ? "Save" : "Save changes",
                          fields: fields, problems: problems, hidden: version.map { [("version", String($0))] } ?? [])
            closeForm(context)
            related
        }
    }

    private func closeForm(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        guard let closeAction, let version, closedNote == nil else { return .empty }
        return .form(.class("close-form"), .method(.post), .action(closeAction.url.path),
                     FormView.tokenField(context.csrfToken),
                     .input(.type(.hidden), .name("version"), .value(String(version))),
                     .button(.type(.submit), .class("button button-warning"), .text(closeAction.label)))
    }
}
