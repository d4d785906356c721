import BeaconDomain
import Fluent
import Plot
import Vapor

extension PlanStepsView {
    static func handle(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        let signedIn = try request.requireOwnCouncil(reading.view)
        guard let step = PlanStep(rawValue: request.parameters.get("step") ?? "") else {
            throw Abort(.notFound, reason: "There is no such step for a plan.")
        }
        try request.require(.movePlan(council: reading.view.councilID, unit: reading.plan.unitID, step: step))
        let input = try request.content.decode(StepInput.self)
        try await PlanWrite.step(reading.plan, step, decision: input.decision, on: input.approvedOn.flatMap(CalendarDate.init(iso:)),
                                 version: input.version, council: reading.view.council, by: signedIn, on: request.db)
        request.flash("The plan is now \(reading.plan.status.rawValue), revision \(reading.plan.revision).")
        return request.redirect(to: SiteURL.planManage(council: reading.slug, .id(reading.planID)).path)
    }

    static func nextYear(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        let signedIn = try request.requireOwnCouncil(reading.view)
        try request.require(.editPlan(council: reading.view.councilID, unit: reading.plan.unitID))
        let next = try await PlanCarryForward.startNextYear(from: reading.plan, by: signedIn, on: request.db)
        request.flash("Next year's plan is started, carrying forward open actions, indicators and risks.")
        return request.redirect(to: SiteURL.planManage(council: reading.slug, .id(try next.requireID())).path)
    }
}
