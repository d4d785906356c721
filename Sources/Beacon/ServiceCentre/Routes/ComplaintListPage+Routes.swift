import BeaconDomain
import Fluent
import Plot
import Vapor

extension ComplaintListPage {
    static func handle(_ request: Request, input: ComplaintInput? = nil, problems: FormView.Problems = []) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readRequests)
        let all = request.query[String.self, at: "all"] == "1"
        let complaints = try await Complaint.query(on: request.db).filter(\.$councilID == view.councilID).sort(\.$receivedOn, .descending).all()
        let rows = complaints.map { ($0, $0.deadlines(view.council).next($0.dates)) }.filter { all || $0.1 != nil }
            .sorted { soonestFirst($0.1?.due, $1.1?.due) }
        let units = try await Unit.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$closedOn == nil).sort(\.$name).all()
        let services = try await Service.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$closedOn == nil).sort(\.$name).all()
        // A complaint logged from a contact starts with what the agent typed on it.
        let started = try await input == nil
            ? ContactPrefill.contact(request.query[Int.self, at: "contact"], council: view.councilID, on: request.db)
                .map(ContactPrefill.complaint(from:))
            : input
        let page = ComplaintListPage(view: view, rows: rows, units: units, services: services, input: started,
                                     problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func log(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.serviceCentre(Action.raiseRequests)
        let input = try request.content.decode(ComplaintInput.self)
        do {
            let complaint = try await ComplaintWrite.log(input, council: view.council, by: signedIn, on: request.db)
            request.flash("Complaint \(complaint.reference) is logged; acknowledge it by \(complaint.deadlines(view.council).acknowledge.long).")
            return request.redirect(to: SiteURL.complaint(council: view.slug, .id(try complaint.requireID())).path)
        } catch let failed as ValidationFailed {
            return try await handle(request, input: input, problems: failed.problems)
        }
    }
}
