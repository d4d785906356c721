import BeaconDomain
import Fluent
import Plot
import Vapor

extension ComplaintShowPage {
    static func load(_ request: Request) async throws -> (CouncilView, SignedIn, Complaint) {
        let (view, signedIn) = try await request.serviceCentre(Action.readRequests)
        guard let id = request.parameters.get("id", as: UUID.self),
              let complaint = try await Complaint.query(on: request.db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no complaint with that id in \(view.council.name).")
        }
        return (view, signedIn, complaint)
    }

    static func handle(_ request: Request, problems: FormView.Problems = []) async throws -> Response {
        let (view, signedIn, complaint) = try await load(request)
        try await AccessLog.record(.complaint, id: complaint.id, title: complaint.reference, council: view.councilID,
                                   by: signedIn, on: request.db)
        let allowed = ComplaintStep.allCases.filter { $0.isAllowed(complaint.dates) }
        let asked = (request.parameters.get("step") ?? request.query[String.self, at: "step"]).flatMap(ComplaintStep.init(rawValue:))
        let page = ComplaintShowPage(view: view, complaint: complaint, unit: try await Unit.find(complaint.unitID, on: request.db)?.name ?? "—",
                                     mayRespond: view.may(.workOnRequests(council: view.councilID, unit: complaint.unitID)),
                                     chosen: asked.flatMap { allowed.contains($0) ? $0 : nil } ?? allowed.first, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func step(_ request: Request) async throws -> Response {
        let (view, signedIn, complaint) = try await load(request)
        try request.require(.workOnRequests(council: view.councilID, unit: complaint.unitID))
        guard let step = ComplaintStep(rawValue: request.parameters.get("step") ?? "") else {
            throw Abort(.notFound, reason: "There is no such step of a complaint.")
        }
        do {
            try await ComplaintWrite.step(complaint, step, try request.content.decode(ComplaintStepInput.self), council: view.council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await handle(request, problems: failed.problems)
        }
        request.flash("\(complaint.reference): \(step.title.lowercased()) – done.")
        return request.redirect(to: SiteURL.complaint(council: view.slug, .id(try complaint.requireID())).path)
    }
}
