import BeaconDomain
import Fluent
import Plot
import Vapor

/// The draft notice form, for a new notice and for changing a draft.
struct DecisionFormPage {
    let title: String
    let action: String
    let fields: [FormField]
    let problems: FormView.Problems
    let version: Int?

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: title, context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.p(.text("A draft is seen only by democratic services until it is published for representations."))
            FormView.form(action: action, token: context.csrfToken, submit: "Save the draft", fields: fields, problems: problems,
                          hidden: version.map { [("version", String($0))] } ?? [])
        }
    }
}
