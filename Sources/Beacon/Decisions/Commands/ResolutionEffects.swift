import BeaconDomain
import Fluent
import Vapor

/// What a resolution does beyond recording the decision, checked before anything is saved
/// and applied in the resolution's transaction.
enum ResolutionEffects {
    enum Planned {
        case none
        case delegation(partnership: UUID, functions: String, principles: String, startsOn: CalendarDate)
        case planApproval(BusinessPlan)
        case followUp(title: String, dueOn: CalendarDate, everyMonths: Int?)
    }

    static func check(_ effect: ResolutionEffect?, _ input: ResolutionInput, meeting: Meeting, _ check: inout FormCheck,
                      on db: Database) async throws -> Planned {
        switch effect {
        case .delegate:
            let partnership = check.requiredID("partnership", input.partnership, label: "Partnership")
            let functions = check.required("functions", input.functions, label: "Functions delegated", max: 4000)
            let principles = check.required("principles", input.principles, label: "Principles that bound the delegation", max: 4000)
            let starts = check.requiredDate("startsOn", input.startsOn, label: "Delegation starts")
            if let partnership, try await PartnershipCouncil.query(on: db).filter(\.$partnership.$id == partnership)
                .filter(\.$councilID == meeting.councilID).count() == 0 {
                check.add("partnership", "Choose a partnership the council belongs to")
            }
            guard let partnership, let functions, let principles, let starts else { return .none }
            return .delegation(partnership: partnership, functions: functions, principles: principles, startsOn: starts)
        case .approvePlan:
            let planID = check.requiredID("plan", input.plan, label: "Business plan")
            var plan: BusinessPlan?
            if let planID { plan = try await BusinessPlan.query(on: db).filter(\.$id == planID).filter(\.$councilID == meeting.councilID).first() }
            if planID != nil && plan == nil { check.add("plan", "Choose a business plan from the list") }
            if let plan, plan.status != .submitted { check.add("plan", "The plan is \(plan.status.rawValue); only a submitted plan can be approved") }
            return plan.map(Planned.planApproval) ?? .none
        case .requestReport:
            let title = check.required("reportTitle", input.reportTitle, label: "Report asked for", max: 300)
            let due = check.requiredDate("dueOn", input.dueOn, label: "First due")
            let every = (input.everyMonths ?? "").isEmpty ? nil : check.integer("everyMonths", input.everyMonths, label: "Every", in: 1...24)
            guard let title, let due else { return .none }
            return .followUp(title: title, dueOn: due, everyMonths: every)
        default:
            return .none
        }
    }

    static func apply(_ planned: Planned, to resolution: Resolution, reference: String, council: Council, by signedIn: SignedIn, on db: Database) async throws {
        switch planned {
        case .none: return
        case .delegation(let partnership, let functions, let principles, let starts):
            let delegation = Delegation()
            (delegation.partnershipID, delegation.councilID, delegation.functions, delegation.principles) = (partnership, resolution.councilID, functions, principles)
            (delegation.decisionReference, delegation.startsOn, delegation.version) = (reference, starts, 1)
            try await delegation.create(on: db)
            try await AuditTrail.record(.create, delegation, before: nil, by: signedIn, on: db)
            resolution.delegationID = delegation.id
        case .planApproval(let plan):
            try await PlanWrite.step(plan, .approve, decision: reference, on: BeaconClock.current.today, version: plan.version,
                                     council: council, by: signedIn, on: db)
            resolution.planID = plan.id
        case .followUp(let title, let due, let every):
            try await FollowUpWrite.create(title: title, dueOn: due, everyMonths: every, resolution: resolution.requireID(), council: resolution.councilID, by: signedIn, on: db)
        }
        try await resolution.update(on: db)
    }
}

/// Reports asked for by resolutions: created, and marked presented by the item that presents them.
enum FollowUpWrite {
    static func create(title: String, dueOn: CalendarDate, everyMonths: Int?, resolution: UUID, council: UUID, by signedIn: SignedIn, on db: Database) async throws {
        let followUp = FollowUp()
        (followUp.councilID, followUp.resolutionID, followUp.title) = (council, resolution, title)
        (followUp.dueOn, followUp.everyMonths) = (dueOn, everyMonths)
        try await followUp.create(on: db)
        try await AuditTrail.record(.create, followUp, before: nil, by: signedIn, on: db)
    }

    /// Marks the report presented at the meeting; a regular report is then due again.
    static func present(_ followUp: FollowUp, at meeting: Meeting, by signedIn: SignedIn, on db: Database) async throws {
        let before = try AuditTrail.snapshot(followUp)
        followUp.presentedOn = UKTime.day(of: meeting.startsAt)
        try await followUp.update(on: db)
        try await AuditTrail.record(.update, followUp, before: before, by: signedIn, on: db)
        guard let every = followUp.everyMonths else { return }
        let due = followUp.dueOn
        try await create(title: followUp.title, dueOn: FollowUpSchedule.next(after: due, everyMonths: every), everyMonths: every,
                         resolution: followUp.resolutionID, council: followUp.councilID, by: signedIn, on: db)
    }
}
