import BeaconDomain
import Fluent
import Plot
import Vapor

extension RequestFormPage {
    static func show(_ request: Request, input: RequestInput? = nil, problems: FormView.Problems = []) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.raiseRequests)
        let code = input?.service ?? request.query[String.self, at: "service"]
        let contact = input?.contact ?? request.query[Int.self, at: "contact"]
        let services = try await Service.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$closedOn == nil).sort(\.$name).all()
        let service = services.first { $0.code == code }
        // A request raised from a contact starts with what the agent typed on it.
        let started = try await input == nil
            ? ContactPrefill.contact(contact, council: view.councilID, on: request.db)
                .map { ContactPrefill.request(from: $0, service: code) }
            : input
        let page = RequestFormPage(view: view, service: service, services: services,
                                   fields: service.map { fields($0, started) } ?? [],
                                   problems: problems, contact: contact)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func save(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.serviceCentre(Action.raiseRequests)
        let input = try request.content.decode(RequestInput.self)
        do {
            let raised = try await RequestWrite.raise(input, council: view.council, via: input.contact == nil ? "staff form" : "contact", by: signedIn, on: request.db)
            request.flash("Request \(raised.reference) is raised; it is due by \(raised.due.long).")
            return request.redirect(to: SiteURL.serviceRequest(council: view.slug, .id(try raised.requireID())).path)
        } catch let failed as ValidationFailed {
            return try await show(request, input: input, problems: failed.problems)
        }
    }
}
