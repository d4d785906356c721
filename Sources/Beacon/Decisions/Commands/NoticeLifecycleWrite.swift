import BeaconDomain
import Fluent
import Vapor

/// What the workflow forms send: publishing, taking the decision, scrutiny's outcome.
struct NoticeStepInput: Content {
    var version: Int?
    var deadline: String?
    var roles: [String]?
    var panel: String?
    var outcome: String?
    var changes: String?
    var furtherAlternatives: String?
    var declarations: String?
    var dispensations: String?
    var keyRoute: String?
    var exceptionNoticeOn: String?
    var urgencyReason: String?
    var urgencyAgreedBy: String?
    var recommendations: String?

    /// A decision is urgent when special urgency is chosen or a reason for urgency is given.
    var isUrgent: Bool {
        keyRoute == KeyDecisionRoute.specialUrgency.rawValue || !(urgencyReason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}

extension DecisionWrite {
    /// Moves a notice one step, after checking the step exists from its status (409 if not)
    /// and its input (422 with each problem).
    static func step(_ notice: DecisionNotice, _ asked: NoticeStep, _ input: NoticeStepInput, council: Council,
                     by signedIn: SignedIn, on db: Database, now: Date = BeaconClock.current.now()) async throws {
        let step = asked == .decide && input.isUrgent ? NoticeStep.decideUrgently : asked
        guard let version = input.version else { throw ValidationFailed(field: "version", "Send the version of the notice you are changing") }
        let from = notice.status(at: now)
        guard let next = DecisionWorkflow.next(from: from, by: step) else {
            throw Abort(.conflict, reason: "A notice that is \(from.title.lowercased()) cannot be moved by “\(step.title)”.")
        }
        let before = try AuditTrail.snapshot(notice)
        try await db.write { db in
            try await RecordWrite.claimVersion(of: DecisionNotice.schema, id: notice.requireID(), expecting: version, noun: "decision notice", on: db)
            let note = try await apply(step, input, to: notice, council: council, now: now, by: signedIn, on: db)
            (notice.storedStatus, notice.version) = (next, version + 1)
            try await notice.update(on: db)
            try await event(notice, step, at: now, note: note, on: db)
            try await AuditTrail.record(.update, notice, before: before, by: signedIn, on: db)
        }
    }

    private static func apply(_ step: NoticeStep, _ input: NoticeStepInput, to notice: DecisionNotice, council: Council,
                              now: Date, by signedIn: SignedIn, on db: Database) async throws -> String {
        switch step {
        case .publish: return try await publish(notice, input, now: now, on: db)
        case .withdraw: return "Withdrawn."
        case .decide, .decideUrgently:
            return try await NoticeDecision.take(notice, input, urgent: step == .decideUrgently, council: council, now: now, by: signedIn, on: db)
        case .letStand:
            notice.effectiveAt = now
            return "The scrutiny committee let the decision stand; it takes effect now."
        case .referBack:
            var check = FormCheck()
            let recommendations = check.required("recommendations", input.recommendations, label: "Scrutiny's recommendations", max: 8000)
            try check.orThrow()
            notice.scrutinyRecommendations = recommendations
            return "The scrutiny committee referred the decision back to the decision maker with recommendations."
        case .referToCabinet, .callIn, .endCallInPeriod:
            // These happen by members' requests reaching the threshold, or by the clock.
            throw Abort(.conflict, reason: "“\(step.title)” happens when enough members ask, or when the call-in period ends.")
        }
    }

    private static func publish(_ notice: DecisionNotice, _ input: NoticeStepInput, now: Date, on db: Database) async throws -> String {
        var check = FormCheck()
        let deadline = UKTime.parseLocal(input.deadline ?? "")
        if deadline == nil { check.add("deadline", "Enter the deadline for representations as a date and time, like 2026-12-04 17:00") }
        if let deadline, deadline <= now { check.add("deadline", "The deadline for representations must be in the future") }
        var roles: [ConsulteeRole] = []
        for value in input.roles ?? [] {
            guard let role = ConsulteeRole(rawValue: value) else { check.add("roles", "Choose consultees from the list"); continue }
            roles.append(role)
        }
        if roles.isEmpty { check.add("roles", "Choose at least one consultee") }
        let panel = check.optional("panel", input.panel, label: "Panel", max: 200)
        if (roles.contains(.panelChair) || roles.contains(.panelViceChair)) && panel == nil {
            check.add("panel", "Name the panel whose chair or vice-chair is consulted")
        }
        if roles.contains(.wardMember) && notice.wardList.isEmpty { check.add("roles", "The notice names no wards, so there are no ward members to consult") }
        let consultees = try await NoticeConsultees.resolve(roles, for: notice, panel: panel, &check, on: db)
        try check.orThrow()
        (notice.deadline, notice.publishedAt, notice.panel) = (deadline, now, panel)
        var seen = Set<String>()
        for consultee in consultees where seen.insert("\(consultee.role.rawValue)|\(consultee.personID?.uuidString ?? "")|\(consultee.councillorID?.uuidString ?? "")").inserted {
            consultee.noticeID = try notice.requireID()
            try await consultee.create(on: db)
        }
        return "Published for representations until \(UKTime.long(deadline!)), sent to \(Set(consultees.map(\.name)).count) people."
    }
}

extension NoticeStep {
    /// The words on the button and in the record.
    var title: String {
        switch self {
        case .publish: "Publish for representations"
        case .withdraw: "Withdraw"
        case .referToCabinet: "Refer to cabinet"
        case .decide: "Record the decision"
        case .decideUrgently: "Record an urgent decision"
        case .callIn: "Call in"
        case .endCallInPeriod: "End of the call-in period"
        case .letStand: "Scrutiny lets it stand"
        case .referBack: "Scrutiny refers it back"
        }
    }
}
