import BeaconDomain
import Fluent
import Foundation

/// Two complete published business plans for 2026/27 (the Chief Executive's Department and the
/// Customer Services Division), and the division's 2025/26 plan, which this year's supersedes.
enum DemoPlans {
    struct Setting {
        let council: Council
        let units: [String: UUID]
        let priorities: [UUID]
        let indicators: [String: UUID]
        /// Strategies by the words actions use to say they deliver them.
        let strategies: [String: UUID]
    }

    static func load(council: Council, units: [String: UUID], priorities: [UUID], on db: Database) async throws {
        let indicators = try await Indicator.query(on: db).filter(\.$councilID == council.requireID()).all()
        let setting = Setting(council: council, units: units, priorities: priorities,
                              indicators: Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0.id!) }),
                              strategies: try await strategies(council: council.requireID(), on: db))
        let lastYear = try await plan(DemoPlanContent.customerServices, year: 2025, setting: setting, actions: 12, on: db)
        try await publish(lastYear, decision: "Cabinet member decision CM/2025/07", on: "2025-03-20", setting: setting, on: db)
        let customer = try await plan(DemoPlanContent.customerServices, year: 2026, setting: setting, actions: 25, on: db)
        customer.previousPlanID = lastYear.id
        try await publish(customer, decision: "Cabinet member decision CM/2026/05", on: "2026-03-19", setting: setting, on: db)
        lastYear.status = PlanStatus.superseded
        try await lastYear.update(on: db)
        let chief = try await plan(DemoPlanContent.chiefExecutive, year: 2026, setting: setting, actions: 25, on: db)
        try await publish(chief, decision: "Cabinet resolution C/2026/31", on: "2026-03-26", setting: setting, on: db)
    }

    private static func strategies(council: UUID, on db: Database) async throws -> [String: UUID] {
        let rows: [(String, Bool, Int, Int, String, String, ReportCadence, String, String)] = [
            ("Wrenmoor Corporate Strategy", true, 2022, 2027, "Chief Executive", "Council resolution C/2022/18", .annual,
             "The council's priorities for 2022–27: homes and environment, customers first, and a well-run council.", "Corporate strategy 2022–27"),
            ("Customer Services Strategy", false, 2024, 2029, "Head of Customer Services", "Cabinet resolution C/2024/12", .sixMonthly,
             "One point of contact for every council service, with most enquiries resolved at the first contact and more services online.",
             "Customer services strategy 2024–29"),
        ]
        var ids: [String: UUID] = [:]
        for row in rows {
            let strategy = Strategy()
            (strategy.councilID, strategy.title, strategy.isCorporate, strategy.firstYear, strategy.lastYear) = (council, row.0, row.1, row.2, row.3)
            (strategy.owner, strategy.approvedBy, strategy.cadence, strategy.summary, strategy.version) = (row.4, row.5, row.6, row.7, 1)
            try await strategy.create(on: db)
            ids[row.8] = try strategy.requireID()
        }
        return ids
    }

    private static func publish(_ plan: BusinessPlan, decision: String, on iso: String, setting: Setting, on db: Database) async throws {
        let day = DemoData.day(iso)
        let document = try await PlanDocument.build(plan, council: setting.council, today: day, on: db)
        let revision = PlanRevision()
        (revision.councilID, revision.planID, revision.revision) = (plan.councilID, try plan.requireID(), 1)
        (revision.approvedBy, revision.approvedOn, revision.publishedOn) = (decision, day, day)
        revision.document = try document.approved(by: decision, on: day).encoded()
        try await revision.create(on: db)
        (plan.status, plan.publishedRevision) = (PlanStatus.published, 1)
        try await plan.update(on: db)
    }

    private static func plan(_ content: DemoPlanContent, year: Int, setting: Setting, actions count: Int, on db: Database) async throws -> BusinessPlan {
        let plan = BusinessPlan()
        (plan.councilID, plan.unitID, plan.year, plan.horizonEnd) = (try setting.council.requireID(), setting.units[content.unit]!, year, year + 4)
        (plan.status, plan.revision, plan.version) = (PlanStatus.draft, 1, 1)
        (plan.purpose, plan.coreActivities, plan.staffing) = (content.purpose, content.coreActivities, content.staffing)
        plan.indicatorIDs = content.indicatorCodes.compactMap { setting.indicators[$0] }
        try await plan.create(on: db)
        let planID = try plan.requireID()
        for (index, responsibility) in content.links {
            let link = PlanPriorityLink()
            (link.councilID, link.planID, link.version, link.priorityID, link.responsibility) = (plan.councilID, planID, 1, setting.priorities[index - 1], responsibility)
            try await link.create(on: db)
        }
        for (position, row) in content.developments.enumerated() {
            let development = PlanDevelopment()
            (development.councilID, development.planID, development.version, development.position) = (plan.councilID, planID, 1, position + 1)
            (development.starts, development.development, development.inResponseTo, development.outcome, development.contribution) = row
            try await development.create(on: db)
        }
        let actionIDs = try await DemoPlanRows.actions(content.actions.prefix(count), plan: plan, setting: setting, on: db)
        try await DemoPlanRows.budget(content.budget, plan: plan, on: db)
        try await DemoPlanRows.consultations(content.consultations, plan: plan, actions: actionIDs, setting: setting, on: db)
        try await DemoPlanRows.risks(content.risks, plan: plan, setting: setting, on: db)
        return plan
    }
}
