import BeaconDomain
import Fluent
import Plot
import Vapor

extension PlanListPage {
    /// The plans the reader may see: published ones, and working copies of their own units'.
    static func rows(_ request: Request) async throws -> [Row] {
        let view = try await request.councilView()
        let plans = try await BusinessPlan.query(on: request.db).filter(\.$councilID == view.councilID)
            .sort(\.$year, .descending).all()
        let units = try await Unit.query(on: request.db).filter(\.$councilID == view.councilID).all()
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        return plans.compactMap { plan -> Row? in
            let reading = PlanReading(view: view, plan: plan)
            guard reading.isVisible else { return nil }
            return Row(plan: plan, unitName: names[plan.unitID] ?? "Unknown unit", workingCopy: reading.seesWorkingCopy, slug: view.slug)
        }.sorted { ($0.plan.year, $1.unitName) > ($1.plan.year, $0.unitName) }
    }

    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let rows = try await rows(request)
        let mayStart = view.signedIn?.actor.role == .performanceOfficer || view.signedIn?.actor.role.isUnitScoped == true
        let strategies = try await Strategy.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$closedOn == nil)
            .sort(\.$isCorporate, .descending).sort(\.$title).all()
        let priorities = try await StrategicPriority.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$closedOn == nil)
            .sort(\.$number).sort(\.$title).all()
        let page = PlanListPage(view: view, rows: rows, mayStart: mayStart && view.signedIn?.actor.councilID == view.councilID,
                                strategies: strategies, priorities: priorities)
        return Layout.response(page.render(in: request.layoutContext))
    }
}
