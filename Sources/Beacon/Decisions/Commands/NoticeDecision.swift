import BeaconDomain
import Fluent
import Vapor

/// Taking the decision on a notice (decisions spec, step 4): the outcome, what else was
/// considered and declared, the key-decision notice it had, and when it takes effect. A
/// decision approving a plan or strategy approves that too, in the same transaction.
enum NoticeDecision {
    static func take(_ notice: DecisionNotice, _ input: NoticeStepInput, urgent: Bool, council: Council, now: Date,
                     by signedIn: SignedIn, on db: Database) async throws -> String {
        let reconsidering = notice.storedStatus == .referredBack
        if !reconsidering, let deadline = notice.deadline, !RepresentationWindow(deadline: deadline).mayDecide(at: now) {
            throw Abort(.conflict, reason: "Representations are open until \(UKTime.long(deadline)); the decision may be taken from then, not before.")
        }
        let today = UKTime.day(of: now)
        var check = FormCheck()
        let outcome: NoticeOutcome? = check.choice("outcome", input.outcome, label: "Decision")
        let changes = check.optional("changes", input.changes, label: "Changes to the proposed decision", max: 8000)
        if outcome == .approvedWithChanges && changes == nil { check.add("changes", "Say what was changed from the proposed decision") }
        let further = check.optional("furtherAlternatives", input.furtherAlternatives, label: "Further alternatives considered", max: 8000)
        let declarations = check.optional("declarations", input.declarations, label: "Declarations of interest", max: 4000)
        let dispensations = check.optional("dispensations", input.dispensations, label: "Dispensations", max: 4000)
        let reason = check.optional("urgencyReason", input.urgencyReason, label: "Why it is urgent", max: 4000)
        let agreedBy = check.optional("urgencyAgreedBy", input.urgencyAgreedBy, label: "Who agreed it is urgent", max: 200)
        if urgent && reason == nil { check.add("urgencyReason", "Say why the decision is urgent and cannot reasonably be deferred") }
        if urgent && agreedBy == nil { check.add("urgencyAgreedBy", "Name who agreed it is urgent: the scrutiny chair, or failing them the chair or vice-chair of the council") }
        let route = notice.isKey && !reconsidering ? keyRoute(notice, input, urgent: urgent, council: council, today: today, &check) : nil
        try await approveSubject(notice, outcome: outcome, council: council, today: today, by: signedIn, &check, on: db)
        try check.orThrow()
        (notice.outcome, notice.changes, notice.furtherAlternatives) = (outcome!, changes, further)
        (notice.declarations, notice.dispensations, notice.decidedAt) = (declarations, dispensations, now)
        (notice.keyRoute, notice.urgencyReason, notice.urgencyAgreedBy) = (route ?? notice.keyRoute, urgent ? reason : nil, urgent ? agreedBy : nil)
        notice.effectiveAt = urgent || reconsidering ? now : council.callInPeriod.ends(publishedOn: today)
        let maker = try await names(of: Councillor.self, ids: [notice.makerID], on: db)[notice.makerID] ?? "The decision maker"
        if urgent { return "\(maker) decided as urgent: \(outcome!.title). Exempt from call-in; it takes effect now." }
        if reconsidering { return "\(maker) reconsidered the decision: \(outcome!.title). It takes effect now." }
        return "\(maker) decided: \(outcome!.title). It takes effect on \(UKTime.long(notice.effectiveAt!)) unless called in."
    }

    /// How a key decision was given notice; refused with the reason when it had too little.
    private static func keyRoute(_ notice: DecisionNotice, _ input: NoticeStepInput, urgent: Bool, council: Council, today: CalendarDate,
                                 _ check: inout FormCheck) -> KeyDecisionRoute? {
        let route: KeyDecisionRoute? = urgent ? .specialUrgency : check.choice("keyRoute", input.keyRoute, label: "How notice of this key decision was given")
        let noticeOn: CalendarDate? = switch route {
        case .forwardPlan: notice.forwardPlanOn
        case .generalException: check.requiredDate("exceptionNoticeOn", input.exceptionNoticeOn, label: "Day the scrutiny chair was told")
        default: nil
        }
        if let exception = noticeOn, route == .generalException { notice.exceptionNoticeOn = exception }
        if let route, let noticeOn, let refusal = council.keyDecisionRule.refusal(noticeOn: noticeOn, decisionOn: today, route: route) {
            check.add(route == .generalException ? "exceptionNoticeOn" : "keyRoute", refusal)
        }
        return route
    }

    private static func approveSubject(_ notice: DecisionNotice, outcome: NoticeOutcome?, council: Council, today: CalendarDate,
                                       by signedIn: SignedIn, _ check: inout FormCheck, on db: Database) async throws {
        guard outcome?.approves == true else { return }
        let decision = "Cabinet member decision \(notice.reference)"
        if let planID = notice.subjectPlanID, let plan = try await BusinessPlan.find(planID, on: db) {
            switch plan.status {
            case .submitted:
                guard check.isValid else { return }
                try await PlanWrite.step(plan, .approve, decision: decision, on: today, version: plan.version, council: council, by: signedIn, on: db)
            case .draft: check.add("outcome", "The business plan is still a draft: it must be submitted for approval before this decision can approve it")
            default: break
            }
        }
        if let strategyID = notice.subjectStrategyID, let strategy = try await Strategy.find(strategyID, on: db), check.isValid {
            let before = try AuditTrail.snapshot(strategy)
            (strategy.approvedBy, strategy.version) = ("\(decision), \(today.long)", strategy.version + 1)
            try await strategy.update(on: db)
            try await AuditTrail.record(.update, strategy, before: before, by: signedIn, on: db)
        }
    }
}
