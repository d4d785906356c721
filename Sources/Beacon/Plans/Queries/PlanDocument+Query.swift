import BeaconDomain
import Fluent
import Vapor

extension PlanDocument {
    /// Builds the document from a plan's working copy. Indicator results are verified values
    /// only, since the document is what the council publishes.
    static func build(_ plan: BusinessPlan, council: Council, today: CalendarDate, on db: Database) async throws -> PlanDocument {
        let planID = try plan.requireID()
        let unit = try await Unit.find(plan.unitID, on: db)
        let head = try await unit?.headPersonID.asyncMap { try await Person.find($0, on: db) } ?? nil
        let priorities = try await StrategicPriority.query(on: db).filter(\.$councilID == plan.councilID).all()
        let titles = Dictionary(uniqueKeysWithValues: priorities.map { ($0.id!, $0.numberedTitle) })
        let links = try await PlanPriorityLink.query(on: db).filter(\.$planID == planID).all()
        let allActions = try await PlanAction.query(on: db).filter(\.$planID == planID).sort(\.$position).all()
        let codes = try await indicatorCodes(allActions.flatMap(\.indicatorIDs), on: db)
        let actions = try await actionEntries(allActions.filter { $0.riskID == nil }, titles: titles, codes: codes,
                                              rule: council.progressRule, today: today, on: db)
        let kpis = try await keyIndicators(plan, council: council, on: db)
        return PlanDocument(
            councilName: council.name, unitName: unit?.name ?? "Unknown unit", yearLabel: plan.yearLabel, horizon: plan.horizon,
            headOfUnit: head.map { "\($0.name), \($0.jobTitle)" }, year: plan.year, status: plan.status, revision: plan.revision,
            approvedBy: nil, approvedOn: nil, purpose: lines(plan.purpose),
            priorities: links.compactMap { link in titles[link.priorityID].map { PriorityLink(priorityID: link.priorityID, title: $0, responsibility: link.responsibility) } }
                .sorted { $0.title.localizedStandardCompare($1.title) == .orderedAscending },
            coreActivities: lines(plan.coreActivities),
            developments: try await PlanDevelopment.query(on: db).filter(\.$planID == planID).sort(\.$position).all().map {
                Development(starts: $0.starts, development: $0.development, inResponseTo: $0.inResponseTo, outcome: $0.outcome, contribution: $0.contribution)
            },
            actions: actions, staffing: plan.staffing, budget: try await budgetTable(plan, on: db),
            kpiColumns: kpis.columns, indicators: kpis.rows,
            consultations: try await consultations(planID, actions: actions, on: db),
            risks: try await risks(planID, actions: allActions, scale: council.riskScale, on: db), riskScale: council.riskScalePoints)
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func indicatorCodes(_ ids: [UUID], on db: Database) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let indicators = try await Indicator.query(on: db).filter(\.$id ~~ Set(ids)).all()
        return Dictionary(uniqueKeysWithValues: indicators.map { ($0.id!, $0.code) })
    }

    /// Service priorities, corporate and cross-cutting first, numbered 5.1, 5.2, … as in section 5.
    private static func actionEntries(_ actions: [PlanAction], titles: [UUID: String], codes: [UUID: String],
                                      rule: ProgressRule, today: CalendarDate, on db: Database) async throws -> [Action] {
        let ordered = actions.filter { $0.scope == .corporate } + actions.filter { $0.scope == .departmental }
        let updates = try await ActionUpdate.query(on: db).filter(\.$actionID ~~ ordered.compactMap(\.id)).sort(\.$on, .descending).all()
        let latest = Dictionary(grouping: updates, by: \.actionID).compactMapValues(\.first)
        return ordered.enumerated().map { index, action in
            Action(id: action.id!, reference: "5.\(index + 1)", scope: action.scope, theme: action.theme, objective: action.objective,
                   linkedTo: action.linkedTo, activity: action.activity, target: action.target, outcome: action.outcome,
                   resources: action.resources.text, owner: action.owner, due: action.due, status: action.status, percent: action.percent,
                   overdue: ProgressRule.isOverdue(due: action.due, status: action.status, today: today),
                   priorityID: action.priorityID, priorityTitle: action.priorityID.flatMap { titles[$0] }, strategyID: action.strategyID,
                   indicatorCodes: action.indicatorIDs.compactMap { codes[$0] }, smart: SmartCheck(action.facts),
                   latestUpdate: latest[action.id!].map { "\(CalendarDate(iso: $0.on)?.long ?? $0.on): \($0.commentary)" })
        }
    }

    /// Section 6's table: last year's revised budget beside this year's estimate, by activity.
    private static func budgetTable(_ plan: BusinessPlan, on db: Database) async throws -> BudgetTable {
        let lines = try await BudgetLine.query(on: db).filter(\.$planID == plan.requireID()).sort(\.$activity).all()
        let columns: [(year: Int, kind: BudgetKind)] = [(plan.year - 1, .revised), (plan.year, .estimate)]
        var activities: [String] = []
        for line in lines where !activities.contains(line.activity) { activities.append(line.activity) }
        let rows = activities.map { activity in
            let mine = lines.filter { $0.activity == activity }
            return BudgetRow(activity: activity, columns: columns.map { column in
                mine.first { $0.year == column.year && $0.kind == column.kind }?.figures
            }, notes: mine.map(\.notes).filter { !$0.isEmpty }.joined(separator: " "))
        }
        return BudgetTable(columns: columns.map { "\(ReportingPeriod.year($0.year).yearLabel) \($0.kind == .revised ? "revised" : "estimate")" }, rows: rows)
    }

    private static func consultations(_ planID: UUID, actions: [Action], on db: Database) async throws -> [Consultation] {
        let references = Dictionary(uniqueKeysWithValues: actions.map { ($0.id, $0.reference) })
        return try await PlanConsultation.query(on: db).filter(\.$planID == planID).sort(\.$completionOn).all().map {
            Consultation(title: $0.title, method: $0.method, purpose: $0.purpose, feedbackUse: $0.feedbackUse,
                         expectedOutcome: $0.expectedOutcome, outcome: $0.outcome,
                         completion: $0.completionOn,
                         responses: $0.responses, actionReferences: $0.actionIDs.compactMap { references[$0] })
        }
    }

    private static func risks(_ planID: UUID, actions: [PlanAction], scale: RiskScale, on db: Database) async throws -> [Risk] {
        let risks = try await PlanRisk.query(on: db).filter(\.$planID == planID).sort(\.$position).all()
        let reviews = try await RiskReview.query(on: db).filter(\.$riskID ~~ risks.compactMap(\.id)).sort(\.$reviewedOn).all()
        return risks.enumerated().map { index, risk in
            let required = actions.filter { $0.riskID == risk.id }.map { action in
                [action.activity, action.owner, action.due.map { "by \($0.long)" }].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " – ")
            }
            let history = reviews.filter { $0.riskID == risk.id }.map {
                "\($0.likelihood * $0.impact) (\($0.likelihood) × \($0.impact)) on \($0.reviewedOn.long)"
            }
            return Risk(id: risk.id!, reference: "9.\(index + 1)", element: risk.element, area: risk.area, owner: risk.owner,
                        likelihood: risk.likelihood, impact: risk.impact, targetScore: risk.targetScore, band: scale.band(risk.score),
                        reviewOn: risk.reviewOn, isOpen: risk.isOpen,
                        priorityID: risk.priorityID, actions: required, history: history)
        }
    }
}
