import BeaconDomain
import Fluent
import Foundation

/// Writes the rows of a demo plan's sections.
enum DemoPlanRows {
    /// The indicators that measure some of the demo actions.
    static let indicatorsByActivity: [String: [String]] = [
        "Answer 80% of calls within 20 seconds": ["LPI 14", "LPI 2"],
        "Resolve more enquiries at the first contact": ["LPI 4"],
        "Answer complaints within 10 working days": ["LPI 5"],
        "Improve customer satisfaction": ["BV 4"],
        "Answer letters and emails within 10 working days": ["LPI 1"],
        "Run the annual residents' survey through the citizens' panel": ["BV 3"],
        "Answer freedom of information requests on time": ["LPI 8"],
        "Prepare the annual governance statement": ["LPI 13"],
    ]

    static func actions(_ rows: ArraySlice<DemoPlanTexts.Action>, plan: BusinessPlan, setting: DemoPlans.Setting, on db: Database) async throws -> [UUID] {
        var ids: [UUID] = []
        let statuses: [(ActionStatus, Int)] = [(.onTrack, 40), (.completed, 100), (.atRisk, 30), (.onTrack, 55), (.notStarted, 0), (.offTrack, 10)]
        for (index, row) in rows.enumerated() {
            let action = PlanAction()
            (action.councilID, action.planID, action.version, action.position) = (plan.councilID, try plan.requireID(), 1, index + 1)
            (action.scope, action.activity, action.target) = (row.0 ? ActionScope.corporate : ActionScope.departmental, row.1, row.2)
            let days = try ActionResources.parseDays(row.3)
            action.officerDays = days
            (action.costPence, action.owner, action.linkedTo) = (row.4.map { $0 * 100 }, row.5, row.7)
            action.priorityID = row.6.map { setting.priorities[$0 - 1] }
            action.strategyID = setting.strategies[row.7]
            let deadline = DeadlineParser.parse(row.2).finalDate
            (action.startsOn, action.dueOn) = (ReportingPeriod.year(plan.year).start, deadline)
            (action.theme, action.objective, action.outcome) = ("", "", "")
            let status = plan.year < 2026 ? (ActionStatus.completed, 100) : statuses[index % statuses.count]
            (action.status, action.percent) = (status.0, status.1)
            action.indicatorIDs = (indicatorsByActivity[row.1] ?? []).compactMap { setting.indicators[$0] }
            try await action.create(on: db)
            ids.append(try action.requireID())
        }
        return ids
    }

    static func budget(_ rows: [(String, Int, Int, Int, Int, Int, Int, String)], plan: BusinessPlan, on db: Database) async throws {
        for row in rows {
            for (year, kind, spend, income, fte) in [(plan.year - 1, BudgetKind.revised, row.1, row.2, row.3), (plan.year, .estimate, row.4, row.5, row.6)] {
                let line = BudgetLine()
                (line.councilID, line.planID, line.version, line.activity, line.year) = (plan.councilID, try plan.requireID(), 1, row.0, year)
                (line.kind, line.expenditurePence, line.incomePence, line.fteHundredths) = (kind, spend, income, fte)
                line.notes = kind == .estimate ? row.7 : ""
                try await line.create(on: db)
            }
        }
    }

    /// The surveys whose results feed an indicator.
    static let indicatorsByConsultation = ["Residents' survey": "BV 3"]

    static func consultations(_ rows: [(String, String, String, String, String, String)], plan: BusinessPlan, actions: [UUID],
                              setting: DemoPlans.Setting, on db: Database) async throws {
        for (index, row) in rows.enumerated() {
            let consultation = PlanConsultation()
            (consultation.councilID, consultation.planID, consultation.version) = (plan.councilID, try plan.requireID(), 1)
            (consultation.title, consultation.method, consultation.purpose) = (row.0, row.1, row.3)
            (consultation.completionOn, consultation.feedbackUse, consultation.expectedOutcome) = (DemoData.day(row.2), row.4, row.5)
            (consultation.outcome, consultation.responses, consultation.actionIDs) = ("", nil, Array(actions.dropFirst(index).prefix(1)))
            consultation.indicatorID = indicatorsByConsultation[row.0].flatMap { setting.indicators[$0] }
            try await consultation.create(on: db)
        }
    }

    static func risks(_ rows: [(String, String, String, Int, Int, Int, String)], plan: BusinessPlan, setting: DemoPlans.Setting, on db: Database) async throws {
        for (index, row) in rows.enumerated() {
            let risk = PlanRisk()
            (risk.councilID, risk.planID, risk.version, risk.position) = (plan.councilID, try plan.requireID(), 1, index + 1)
            (risk.element, risk.area, risk.owner, risk.likelihood, risk.impact, risk.targetScore) = (row.0, row.1, row.2, row.3, row.4, row.5)
            (risk.reviewOn, risk.status, risk.priorityID) = (DemoData.day("\(plan.year)-09-30"), RiskStatus.open, setting.priorities[1])
            try await risk.create(on: db)
            let review = RiskReview()
            (review.councilID, review.riskID, review.reviewedOn) = (plan.councilID, try risk.requireID(), DemoData.day("\(plan.year)-04-01"))
            (review.likelihood, review.impact, review.note, review.reviewer) = (min(4, row.3 + 1), row.4, "Assessed when the plan was written.", row.2)
            try await review.create(on: db)
            let action = PlanAction()
            (action.councilID, action.planID, action.version, action.position) = (plan.councilID, try plan.requireID(), 1, 100 + index)
            (action.scope, action.activity, action.target, action.owner) = (ActionScope.departmental, row.6, "In place by end June \(plan.year)", row.2)
            (action.theme, action.objective, action.outcome, action.linkedTo) = ("", "", "", "Risk register")
            (action.startsOn, action.dueOn, action.status, action.percent) = (nil, DemoData.day("\(plan.year)-06-30"), ActionStatus.onTrack, 50)
            (action.riskID, action.indicatorIDs, action.officerDays, action.costPence) = (try risk.requireID(), [], nil, nil)
            try await action.create(on: db)
        }
    }
}
