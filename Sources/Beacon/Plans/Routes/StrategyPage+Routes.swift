import BeaconDomain
import Fluent
import Plot
import Vapor

extension StrategyPage {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        guard let id = request.parameters.get("id", as: UUID.self),
              let strategy = try await Strategy.query(on: request.db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no strategy with that id in \(view.council.name).")
        }
        let priorities = strategy.isCorporate
            ? try await StrategicPriority.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$closedOn == nil).sort(\.$number).all() : []
        let plans = try await CurrentPlans.load(view, on: request.db)
        let page = StrategyPage(view: view, strategy: strategy, priorities: priorities, actions: plans.actions { $0.strategyID == id })
        return Layout.response(page.render(in: request.layoutContext))
    }
}
