import BeaconDomain
import Fluent
import Plot
import Vapor

extension RequestQueuePage {
    static func handle(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.serviceCentre(Action.readRequests)
        let units = try await Unit.query(on: request.db).filter(\.$councilID == view.councilID).sort(\.$name).all()
        let scoped = signedIn.actor.role.isUnitScoped
        let departments = scoped ? units.filter { signedIn.actor.unitScope.contains($0.id!) } : units
        var chosen = request.query[UUID.self, at: "department"]
        if let department = chosen, !departments.contains(where: { $0.id == department }) {
            throw Abort(.forbidden, reason: "You may see only your own unit's queue.")
        }
        if scoped && chosen == nil { chosen = departments.first?.id }
        let showFinished = request.query[String.self, at: "finished"] == "1"
        let query = ServiceRequest.query(on: request.db).filter(\.$councilID == view.councilID)
        if let chosen { query.filter(\.$departmentID == chosen) }
        if scoped { query.filter(\.$departmentID ~~ departments.compactMap(\.id)) }
        if !showFinished { query.filter(\.$status ~~ [RequestStatus.open, .acknowledged, .inProgress]) }
        let requests = try await query.sort(\.$dueOn).sort(\.$raisedAt).limit(500).all()
        let today = view.today
        let ordered = requests.filter { $0.isOverdue(today: today) } + requests.filter { !$0.isOverdue(today: today) }
        let services = try await Service.query(on: request.db).filter(\.$councilID == view.councilID).all()
        let page = RequestQueuePage(view: view, requests: ordered, services: Dictionary(uniqueKeysWithValues: services.map { ($0.id!, $0.name) }),
                                    departments: departments, chosen: chosen, showFinished: showFinished, mayRaise: view.may(.raiseRequests(council: view.councilID)))
        return Layout.response(page.render(in: request.layoutContext))
    }
}
