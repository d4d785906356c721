import BeaconDomain
import Fluent
import Plot
import Vapor

/// The agent's form: one contact in one submit, by keyboard alone. The service is typed and
/// picked from suggestions that match its name or keywords; the form then opens again empty
/// for the next contact.
struct ContactFormPage {
    let view: CouncilView
    let fields: [FormField]
    let problems: FormView.Problems
    let startedAt: String

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Record a contact", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.p(.text("Type part of the service's name or a keyword and pick it from the suggestions. Tab moves between fields; Enter saves."))
            FormView.form(action: SiteURL.contactList(council: view.slug).path, token: context.csrfToken, submit: "Save contact",
                          fields: fields, problems: problems, hidden: [("startedAt", startedAt)])
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.contactList(council: view.slug).path), .text("Contacts recorded")), .text(" · "),
                                     .a(.href(SiteURL.serviceCentre(council: view.slug).path), .text("Service centre measures")))
        }
    }
}
