import BeaconDomain
import Fluent
import Plot
import Vapor

extension GoldenThreadPage {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        guard let id = request.parameters.get("id", as: UUID.self),
              let priority = try await StrategicPriority.query(on: request.db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no strategic priority with that id in \(view.council.name).")
        }
        let plans = try await CurrentPlans.load(view, on: request.db)
        let indicators = try await Indicator.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$priorityID == id)
            .filter(\.$closedOn == nil).sort(\.$code).all()
        let units = try await Unit.query(on: request.db).filter(\.$councilID == view.councilID).all()
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let page = GoldenThreadPage(view: view, priority: priority, plans: plans,
                                    indicators: indicators.map { ($0, names[$0.owningUnitID] ?? "") })
        return Layout.response(page.render(in: request.layoutContext))
    }
}
