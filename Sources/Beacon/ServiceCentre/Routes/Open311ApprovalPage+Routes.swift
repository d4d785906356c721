import BeaconDomain
import Fluent
import Vapor

/// Staff approve or refuse the Open311 requests their council holds for approval.
extension Open311ApprovalPage {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        routes.route(.GET, .open311Approvals(council: council), access: .record) { try await handle($0) }
        routes.route(.POST, .open311Decision(council: council, .parameter, step: "approve"), access: .record) {
            try await approve($0)
        }
        routes.route(.POST, .open311Decision(council: council, .parameter, step: "refuse"), access: .record) {
            try await refuse($0)
        }
    }

    static func handle(_ request: Request, problems: FormView.Problems = []) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.raiseRequests)
        let waiting = try await Open311Approval.waiting(council: view.councilID, on: request.db)
        let page = Open311ApprovalPage(view: view, waiting: waiting.map { ($0, Open311Submission(body: $0.form)) },
                                       problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)),
                               status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func approve(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.serviceCentre(Action.raiseRequests)
        let id = try request.parameters.require("id", as: UUID.self)
        do {
            let raised = try await Open311Approval.approve(id, council: view.council, by: signedIn, on: request.db)
            request.flash("Raised as \(raised.reference); the app is told through its token.")
        } catch let failed as ValidationFailed {
            return try await handle(request, problems: failed.problems)
        }
        return request.redirect(to: SiteURL.open311Approvals(council: view.slug).path)
    }

    private static func refuse(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.serviceCentre(Action.raiseRequests)
        let id = try request.parameters.require("id", as: UUID.self)
        let reason = try? request.content.get(String.self, at: "reason")
        do {
            try await Open311Approval.refuse(id, reason: reason, council: view.council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await handle(request, problems: failed.problems)
        }
        request.flash("Refused; the app is told through its token.")
        return request.redirect(to: SiteURL.open311Approvals(council: view.slug).path)
    }
}
