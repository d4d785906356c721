import BeaconDomain
import Fluent
import Vapor

/// What the plan form sends: which unit and year (new plans only), and the plan's own text.
struct PlanInput: Content, VersionedInput {
    var unit: String?
    var year: String?
    var horizonEnd: String?
    var purpose: String?
    var coreActivities: String?
    var staffing: String?
    var indicators: [String]?
    var version: Int?
}

/// The one place business plans are created, changed and moved through their lifecycle.
enum PlanWrite {
    static func create(_ input: PlanInput, council: Council, by signedIn: SignedIn, on db: Database) async throws -> BusinessPlan {
        var check = FormCheck()
        let unit = check.requiredID("unit", input.unit, label: "Unit")
        let year = check.integer("year", input.year, label: "Year", in: 2000...2100)
        if let unit, try await !db.exists(Unit.self, unit, council: council.requireID(), councilField: \.$councilID) {
            check.add("unit", "Choose unit from the list")
        } else if let unit, AccessPolicy.decide(signedIn.actor, .editPlan(council: try council.requireID(), unit: unit)) != .allowed {
            check.add("unit", "You may only start plans for your own unit")
        } else if let unit, let year, try await BusinessPlan.query(on: db).filter(\.$unitID == unit).filter(\.$year == year).count() > 0 {
            check.add("year", "This unit already has a plan for \(ReportingPeriod.year(year).yearLabel)")
        }
        try check.orThrow()
        let plan = BusinessPlan()
        (plan.councilID, plan.unitID, plan.year, plan.horizonEnd) = (try council.requireID(), unit!, year!, year! + 4)
        (plan.status, plan.revision, plan.version, plan.indicatorIDs) = (PlanStatus.draft, 1, 1, [])
        (plan.purpose, plan.coreActivities, plan.staffing) = ("", "", "")
        return try await db.write { db in
            try await plan.create(on: db)
            try await AuditTrail.record(.create, plan, before: nil, by: signedIn, on: db)
            return plan
        }
    }

    static func updateDetails(_ plan: BusinessPlan, _ input: PlanInput, by signedIn: SignedIn, on db: Database) async throws {
        guard let version = input.version else { throw ValidationFailed(field: "version", "Send the version of the plan you are changing") }
        var check = FormCheck()
        let horizon = check.integer("horizonEnd", input.horizonEnd, label: "Horizon", in: (plan.year + 1)...(plan.year + 10))
        let purpose = check.required("purpose", input.purpose, label: "Description and purpose", max: 6000)
        let core = check.required("coreActivities", input.coreActivities, label: "Core activities", max: 6000)
        let staffing = check.optional("staffing", input.staffing, label: "Staffing", max: 6000)
        let indicators = PlanChoices.check("indicators", input.indicators, among: try await PlanChoices.indicators(plan.councilID, on: db), label: "Indicators", &check)
        try check.orThrow()
        try await db.write { db in
            let before = try AuditTrail.snapshot(plan)
            try await RecordWrite.claimVersion(of: BusinessPlan.schema, id: plan.requireID(), expecting: version, noun: "plan", on: db)
            (plan.horizonEnd, plan.purpose, plan.coreActivities, plan.staffing) = (horizon!, purpose!, core!, staffing ?? "")
            (plan.indicatorIDs, plan.version) = (indicators, version + 1)
            try await plan.update(on: db)
            try await AuditTrail.record(.update, plan, before: before, by: signedIn, on: db)
        }
    }

    /// Moves the plan one step. Approval freezes the working copy as a numbered revision with
    /// the decision that approved it; publishing makes that revision public and supersedes the
    /// unit's earlier published plans; starting a revision reopens the working copy as a draft.
    static func step(_ plan: BusinessPlan, _ step: PlanStep, decision: String?, on day: CalendarDate?, version: Int?,
                     council: Council, by signedIn: SignedIn, on db: Database) async throws {
        guard let version else { throw ValidationFailed(field: "version", "Send the version of the plan you are changing") }
        guard let next = PlanLifecycle.next(from: plan.status, by: step) else {
            throw Abort(.conflict, reason: PlanLifecycle.refusal(from: plan.status, by: step))
        }
        var check = FormCheck()
        let decision = step == .approve ? check.required("decision", decision, label: "The decision that approved it") : nil
        if step == .approve && day == nil { check.add("approvedOn", "Enter the date of the decision, like 2025-03-14") }
        try check.orThrow()
        let today = BeaconClock.current.today
        try await db.write { db in
            let before = try AuditTrail.snapshot(plan)
            try await RecordWrite.claimVersion(of: BusinessPlan.schema, id: plan.requireID(), expecting: version, noun: "plan", on: db)
            switch step {
            case .approve: try await freeze(plan, decision: decision!, on: day!, council: council, today: today, by: signedIn, on: db)
            case .publish: try await publish(plan, today: today, by: signedIn, on: db)
            case .startRevision: plan.revision += 1
            case .submit, .returnToDraft: break
            }
            (plan.status, plan.version) = (next, version + 1)
            try await plan.update(on: db)
            try await AuditTrail.record(.update, plan, before: before, by: signedIn, on: db)
        }
    }

    private static func freeze(_ plan: BusinessPlan, decision: String, on day: CalendarDate, council: Council, today: CalendarDate,
                               by signedIn: SignedIn, on db: Database) async throws {
        let built = try await PlanDocument.build(plan, council: council, today: today, on: db)
        let document = built.approved(by: decision, on: day)
        let revision = PlanRevision()
        (revision.councilID, revision.planID, revision.revision) = (plan.councilID, try plan.requireID(), plan.revision)
        (revision.approvedBy, revision.approvedOn, revision.document) = (decision, day, try document.encoded())
        try await revision.create(on: db)
        try await AuditTrail.record(.create, revision, before: nil, by: signedIn, on: db)
    }

    private static func publish(_ plan: BusinessPlan, today: CalendarDate, by signedIn: SignedIn, on db: Database) async throws {
        guard let revision = try await PlanRevision.query(on: db).filter(\.$planID == plan.requireID()).filter(\.$revision == plan.revision).first() else {
            throw Abort(.conflict, reason: "There is no approved revision to publish.")
        }
        revision.publishedOn = today
        try await revision.update(on: db)
        plan.publishedRevision = plan.revision
        let earlier = try await BusinessPlan.query(on: db).filter(\.$unitID == plan.unitID).filter(\.$year < plan.year)
            .filter(\.$status == PlanStatus.published).all()
        for old in earlier {
            let before = try AuditTrail.snapshot(old)
            (old.status, old.version) = (PlanStatus.superseded, old.version + 1)
            try await old.update(on: db)
            try await AuditTrail.record(.update, old, before: before, by: signedIn, on: db)
        }
    }
}

extension PlanDocument {
    /// The same document, marked as approved by a decision on a day.
    func approved(by decision: String, on day: CalendarDate) -> PlanDocument {
        var document = self
        (document.status, document.approvedBy, document.approvedOn) = (.approved, decision, day)
        return document
    }
}
