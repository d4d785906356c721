import BeaconDomain
import Fluent
import Plot
import Vapor

extension ContactFormPage {
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
            if input.outcome == ContactOutcome.complaint.rawValue, let contact {
                request.flash("Contact saved. Now log the complaint.")
                return request.redirect(to: SiteURL.complaintList(council: view.slug).path(query: [("contact",
                    String(contact))]))
            }
            request.flash("Contact saved: \(service.name).")
            return request.redirect(to: SiteURL.contactNew(council: view.slug).path)
        } catch let failed as ValidationFailed {
            return try await show(request, input: input, problems: failed.problems)
        }
    }
}
