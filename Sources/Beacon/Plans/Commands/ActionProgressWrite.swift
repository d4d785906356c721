import BeaconDomain
import Fluent
import Vapor

struct ProgressInput: Content, VersionedInput {
    var on: String?
    var percent: String?
    var status: String?
    var overrideReason: String?
    var commentary: String?
    var version: Int?
}

struct RiskReviewInput: Content, VersionedInput {
    var reviewedOn: String?
    var likelihood: String?
    var impact: String?
    var nextReviewOn: String?
    var note: String?
    var version: Int?
}

extension ActionStatus: ChoiceList {}

/// Monitoring writes, allowed whatever the plan's status bar superseded: progress on actions
/// and reviews of risks. They change the working copy's status and scores, never an approved
/// revision's document.
enum PlanMonitoringWrite {
    /// Records progress. If the status chosen differs from the one Beacon suggests from
    /// progress against time, a reason is required.
    static func recordProgress(_ action: PlanAction, _ input: ProgressInput, council: Council, by signedIn: SignedIn, on db: Database) async throws {
        var check = FormCheck()
        let day = check.requiredDate("on", input.on, label: "Date")
        let percent = check.integer("percent", input.percent, label: "Percent complete", in: 0...100)
        let status: ActionStatus? = check.choice("status", input.status, label: "Status")
        let commentary = check.required("commentary", input.commentary, label: "Commentary", max: 4000)
        let suggested = suggestion(action, percent: percent, on: day, rule: council.progressRule)
        let reason = input.overrideReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if let status, let suggested, status != suggested, !status.isClosed, reason.isEmpty {
            check.add("overrideReason", "Beacon suggests “\(suggested.title)” from progress against time; give a reason for choosing “\(status.title)”")
        }
        try check.orThrow()
        guard let version = input.version else { throw ValidationFailed(field: "version", "Send the version of the action you are updating") }
        try await db.write { db in
            let before = try AuditTrail.snapshot(action)
            try await RecordWrite.claimVersion(of: PlanAction.schema, id: action.requireID(), expecting: version, noun: "action", on: db)
            (action.status, action.percent, action.version) = (status!, percent!, version + 1)
            try await action.update(on: db)
            let update = ActionUpdate()
            (update.councilID, update.actionID, update.on, update.percent, update.status) = (action.councilID, try action.requireID(), day!.iso, percent!, status!)
            (update.overrideReason, update.commentary, update.author) = (reason.isEmpty ? nil : reason, commentary!, signedIn.label)
            try await update.create(on: db)
            try await AuditTrail.record(.update, action, before: before, by: signedIn, on: db)
            try await AuditTrail.record(.create, update, before: nil, by: signedIn, on: db)
        }
    }

    /// The status Beacon suggests, when the action has a start and a due date.
    static func suggestion(_ action: PlanAction, percent: Int?, on day: CalendarDate?, rule: ProgressRule) -> ActionStatus? {
        guard let percent, let day, let start = action.start, let due = action.due else { return nil }
        return rule.suggest(percent: percent, start: start, due: due, today: day)
    }

    static func reviewRisk(_ risk: PlanRisk, _ input: RiskReviewInput, council: Council, by signedIn: SignedIn, on db: Database) async throws {
        var check = FormCheck()
        let day = check.requiredDate("reviewedOn", input.reviewedOn, label: "Review date")
        let likelihood = check.integer("likelihood", input.likelihood, label: "Likelihood", in: council.riskScale.range)
        let impact = check.integer("impact", input.impact, label: "Impact", in: council.riskScale.range)
        let next = check.requiredDate("nextReviewOn", input.nextReviewOn, label: "Next review")
        if let day, let next, next <= day { check.add("nextReviewOn", "The next review must be after this one") }
        let note = check.optional("note", input.note, label: "Note", max: 2000)
        try check.orThrow()
        guard let version = input.version else { throw ValidationFailed(field: "version", "Send the version of the risk you are reviewing") }
        try await db.write { db in
            let before = try AuditTrail.snapshot(risk)
            try await RecordWrite.claimVersion(of: PlanRisk.schema, id: risk.requireID(), expecting: version, noun: "risk", on: db)
            let review = RiskReview()
            (review.councilID, review.riskID, review.reviewedOn) = (risk.councilID, try risk.requireID(), day!)
            (review.likelihood, review.impact, review.note, review.reviewer) = (likelihood!, impact!, note ?? "", signedIn.label)
            try await review.create(on: db)
            (risk.likelihood, risk.impact, risk.reviewOn, risk.version) = (likelihood!, impact!, next!, version + 1)
            try await risk.update(on: db)
            try await AuditTrail.record(.update, risk, before: before, by: signedIn, on: db)
            try await AuditTrail.record(.create, review, before: nil, by: signedIn, on: db)
        }
    }
}

extension RiskReview: Audited {
    static let auditType = "risk review"
    var auditTitle: String { "Review on \(reviewedOn)" }
    var auditCouncilID: UUID? { councilID }
}
