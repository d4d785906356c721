import BeaconDomain
import Fluent
import Plot
import Vapor

extension RequestShowPage {
    static func load(_ request: Request) async throws -> (CouncilView, SignedIn, ServiceRequest) {
        let (view, signedIn) = try await request.serviceCentre(Action.readRequests)
        guard let id = request.parameters.get("id", as: UUID.self),
              let found = try await ServiceRequest.query(on: request.db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no service request with that id in \(view.council.name).")
        }
        return (view, signedIn, found)
    }

    static func handle(_ request: Request, problems: FormView.Problems = []) async throws -> Response {
        let (view, signedIn, found) = try await load(request)
        try await AccessLog.record(.serviceRequest, id: found.id, title: found.reference, council: view.councilID,
                                   by: signedIn, on: request.db)
        let updates = try await RequestUpdate.query(on: request.db).filter(\.$requestID == found.requireID()).sort(\.$at).all()
        let page = RequestShowPage(view: view, request: found, service: try await Service.find(found.serviceID, on: request.db),
                                   department: try await Unit.find(found.departmentID, on: request.db)?.name ?? "—", updates: updates,
                                   mayWork: view.may(.workOnRequests(council: view.councilID, unit: found.departmentID)), problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func update(_ request: Request) async throws -> Response {
        let (view, signedIn, found) = try await load(request)
        try request.require(.workOnRequests(council: view.councilID, unit: found.departmentID))
        let input = try request.content.decode(RequestUpdateInput.self)
        do {
            try await RequestWrite.update(found, input, council: view.council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await handle(request, problems: failed.problems)
        }
        request.flash("\(found.reference) is updated.")
        return request.redirect(to: SiteURL.serviceRequest(council: view.slug, .id(try found.requireID())).path)
    }
}
