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

    static func fields(_ input: ContactInput?, council: UUID, on db: Database) async throws -> [FormField] {
        let services = try await Service.query(on: db).filter(\.$councilID == council).filter(\.$closedOn == nil).sort(\.$name).all()
        let suggestions = services.map { FormField.Choice(value: $0.name, label: [$0.code, $0.keywords].filter { !$0.isEmpty }.joined(separator: " – ")) }
        return [
            FormField(name: "service", label: "Service", control: .suggest(suggestions), value: input?.service ?? "",
                      hint: "What the contact was about, for example missed bin", required: true),
            FormField(name: "channel", label: "Channel", control: .select(ContactChannel.choices), value: input?.channel ?? ContactChannel.phone.rawValue, required: true),
            FormField(name: "outcome", label: "Outcome", control: .select([.prompt("Choose what happened")] + ContactEntry.outcomes.map(\.choice)),
                      value: input?.outcome ?? "", required: true),
            FormField(name: "customerName", label: "Customer's name", control: .text(max: 200), value: input?.customerName ?? "",
                      hint: "Only if the customer gave it and it is needed", autocomplete: "off"),
            FormField(name: "customerContact", label: "Customer's phone or email", control: .text(max: 200), value: input?.customerContact ?? "",
                      autocomplete: "off"),
            FormField(name: "notes", label: "Notes", control: .textarea(max: 2_000), value: input?.notes ?? ""),
        ]
    }

    static func show(_ request: Request, input: ContactInput? = nil, problems: FormView.Problems = []) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.recordContacts)
        let started = input?.startedAt ?? ISO8601DateFormatter().string(from: request.now)
        let page = ContactFormPage(view: view, fields: try await fields(input, council: view.councilID, on: request.db), problems: problems, startedAt: started)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func save(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.serviceCentre(Action.recordContacts)
        let input = try request.content.decode(ContactInput.self)
        do {
            let (service, contact) = try await ContactEntry.record(input, council: view.council, by: signedIn, now: request.now, on: request.db)
            if input.outcome == ContactOutcome.requestRaised.rawValue, let contact {
                request.flash("Contact saved. Now raise the request for \(service.name).")
                return request.redirect(to: SiteURL.requestNew(council: view.slug).path(query: [("service", service.code), ("contact", String(contact))]))
            }
            request.flash("Contact saved: \(service.name).")
            return request.redirect(to: SiteURL.contactNew(council: view.slug).path)
        } catch let failed as ValidationFailed {
            return try await show(request, input: input, problems: failed.problems)
        }
    }
}

extension Request {
    /// The council in the path, for a signed-in member of it who may do the service centre action.
    func serviceCentre(_ action: (UUID) -> Action) async throws -> (CouncilView, SignedIn) {
        let view = try await councilView()
        let signedIn = try requireOwnCouncil(view)
        try require(action(view.councilID))
        return (view, signedIn)
    }
}
