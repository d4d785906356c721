import BeaconDomain
import Fluent
import Vapor

/// Starts next year's plan as a copy of this one: its text, links, developments and
/// indicators, with the actions still open and the risks still open (and their actions).
/// Budgets and consultations are the new year's own, so they start empty.
enum PlanCarryForward {
    static func startNextYear(from plan: BusinessPlan, by signedIn: SignedIn, on db: Database) async throws -> BusinessPlan {
        let planID = try plan.requireID()
        guard try await BusinessPlan.query(on: db).filter(\.$unitID == plan.unitID).filter(\.$year == plan.year + 1).count() == 0 else {
            throw Abort(.conflict, reason: "The unit already has a plan for \(ReportingPeriod.year(plan.year + 1).yearLabel).")
        }
        return try await db.write { db in
            let next = BusinessPlan()
            (next.councilID, next.unitID, next.year, next.horizonEnd) = (plan.councilID, plan.unitID, plan.year + 1, max(plan.horizonEnd, plan.year + 5))
            (next.status, next.revision, next.version, next.previousPlanID) = (PlanStatus.draft, 1, 1, planID)
            (next.purpose, next.coreActivities, next.staffing, next.indicatorIDs) = (plan.purpose, plan.coreActivities, plan.staffing, plan.indicatorIDs)
            try await next.create(on: db)
            let nextID = try next.requireID()
            for link in try await PlanPriorityLink.query(on: db).filter(\.$planID == planID).all() {
                try await copy(link, to: nextID, on: db) { $0.priorityID = link.priorityID; $0.responsibility = link.responsibility }
            }
            for row in try await PlanDevelopment.query(on: db).filter(\.$planID == planID).all() {
                try await copy(row, to: nextID, on: db) {
                    ($0.position, $0.starts, $0.development, $0.inResponseTo) = (row.position, row.starts, row.development, row.inResponseTo)
                    ($0.outcome, $0.contribution) = (row.outcome, row.contribution)
                }
            }
            let risks = try await carryRisks(from: planID, to: nextID, on: db)
            try await carryActions(from: planID, to: nextID, risks: risks, on: db)
            try await AuditTrail.record(.create, next, before: nil, by: signedIn, on: db)
            return next
        }
    }

    private static func copy<P: PlanPart>(_ row: P, to plan: UUID, on db: Database, fill: (P) -> Void) async throws {
        let copy = P()
        (copy.councilID, copy.planID, copy.version) = (row.councilID, plan, 1)
        fill(copy)
        try await copy.create(on: db)
    }

    /// Open risks, returning old risk id → new risk id so their actions follow them.
    private static func carryRisks(from planID: UUID, to nextID: UUID, on db: Database) async throws -> [UUID: UUID] {
        var map: [UUID: UUID] = [:]
        for risk in try await PlanRisk.query(on: db).filter(\.$planID == planID).filter(\.$status == RiskStatus.open).sort(\.$position).all() {
            let copy = PlanRisk()
            (copy.councilID, copy.planID, copy.version, copy.position, copy.element) = (risk.councilID, nextID, 1, risk.position, risk.element)
            (copy.area, copy.owner, copy.likelihood, copy.impact) = (risk.area, risk.owner, risk.likelihood, risk.impact)
            (copy.targetScore, copy.reviewOn, copy.status, copy.priorityID) = (risk.targetScore, risk.reviewOn, risk.status, risk.priorityID)
            try await copy.create(on: db)
            map[risk.id!] = try copy.requireID()
        }
        return map
    }

    private static func carryActions(from planID: UUID, to nextID: UUID, risks: [UUID: UUID], on db: Database) async throws {
        let open = try await PlanAction.query(on: db).filter(\.$planID == planID).sort(\.$position).all().filter { !$0.status.isClosed }
        for action in open where action.riskID == nil || risks[action.riskID!] != nil {
            let copy = PlanAction()
            (copy.councilID, copy.planID, copy.version, copy.position) = (action.councilID, nextID, 1, action.position)
            (copy.scope, copy.theme, copy.objective, copy.linkedTo, copy.strategyID) = (action.scope, action.theme, action.objective, action.linkedTo, action.strategyID)
            (copy.activity, copy.target, copy.startsOn, copy.dueOn, copy.outcome) = (action.activity, action.target, action.startsOn, action.dueOn, action.outcome)
            (copy.officerDays, copy.costPence, copy.owner, copy.status, copy.percent) = (action.officerDays, action.costPence, action.owner, action.status, action.percent)
            (copy.priorityID, copy.riskID, copy.indicatorIDs) = (action.priorityID, action.riskID.flatMap { risks[$0] }, action.indicatorIDs)
            try await copy.create(on: db)
        }
    }
}
