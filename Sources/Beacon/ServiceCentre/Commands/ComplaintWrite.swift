import BeaconDomain
import Fluent
import Vapor

/// What a form sends to log a complaint.
struct ComplaintInput: Content {
    var complainantName: String?
    var complainantContact: String?
    var service: String?
    var unit: String?
    var about: String?
    var receivedOn: String?
}

/// What a form sends for a step of a complaint's handling; each step reads the fields it needs.
struct ComplaintStepInput: Content {
    var on: String?
    var days: String?
    var reason: String?
    var outcome: String?
    var remedy: String?
    var learning: String?
    var decision: String?
    var version: Int?
}

extension ComplaintOutcome: ChoiceList {}

/// The one place complaints are written: logged, then moved step by step, each step checked
/// against where the complaint stands, in a transaction, audited.
enum ComplaintWrite {
    static func log(_ input: ComplaintInput, council: Council, by signedIn: SignedIn, on db: Database) async throws -> Complaint {
        let councilID = try council.requireID()
        var check = FormCheck()
        let name = check.required("complainantName", input.complainantName, label: "Complainant's name")
        let contact = check.optional("complainantContact", input.complainantContact, label: "Complainant's email, phone or address", max: 500)
        let unitID = check.requiredID("unit", input.unit, label: "Unit concerned")
        let about = check.required("about", input.about, label: "What the complaint is about", max: 4_000)
        let received = check.requiredDate("receivedOn", input.receivedOn, label: "Date received")
        if let received, received > BeaconClock.current.today { check.add("receivedOn", "A complaint cannot be received in the future") }
        if unitID != nil, try await !db.exists(Unit.self, unitID, council: councilID, councilField: \.$councilID) { check.add("unit", "Choose a unit from the list") }
        let service = try await input.service.asyncMap { try await Service.find(nameOrCode: $0, council: councilID, on: db) } ?? nil
        if input.service?.isEmpty == false && service == nil { check.add("service", "Choose a service from the list") }
        try check.orThrow()
        let complaint = Complaint()
        (complaint.councilID, complaint.complainantName, complaint.complainantContact) = (councilID, name!, contact)
        (complaint.serviceID, complaint.unitID, complaint.about, complaint.receivedOn) = (service?.id, unitID!, about!, received!)
        (complaint.remedy, complaint.learning, complaint.version) = ("", "", 1)
        try await db.write { tx in
            let existing = try await Complaint.query(on: tx).filter(\.$councilID == councilID).field(\.$reference).all().map(\.reference)
            complaint.reference = YearlyReference.next(prefix: "CP-\(received!.year)-", digits: 4, after: existing)
            try await complaint.create(on: tx)
            try await AuditTrail.record(.create, complaint, before: nil, by: signedIn, on: tx)
        }
        return complaint
    }

    static func step(_ complaint: Complaint, _ step: ComplaintStep, _ input: ComplaintStepInput, council: Council, by signedIn: SignedIn,
                     on db: Database, today: CalendarDate = BeaconClock.current.today) async throws {
        guard step.isAllowed(complaint.dates) else {
            throw Abort(.conflict, reason: "“\(step.title)” does not apply to a complaint that is \(complaint.dates.stage.title.lowercased()).")
        }
        var check = FormCheck()
        let day = check.requiredDate("on", input.on ?? today.iso, label: "Date")
        if let day, day > today || day < step.earliest(complaint.dates) {
            check.add("on", "The date must be between \(step.earliest(complaint.dates).long) and today")
        }
        let before = try AuditTrail.snapshot(complaint)
        apply(step, input, day: day, to: complaint, limits: council.complaintLimits, &check)
        try check.orThrow()
        try await db.write { tx in
            try await RecordWrite.claimVersion(of: Complaint.schema, id: complaint.requireID(), expecting: input.version ?? -1, noun: "complaint", on: tx)
            complaint.version += 1
            try await complaint.update(on: tx)
            try await AuditTrail.record(.update, complaint, before: before, by: signedIn, on: tx)
        }
    }

    private static func apply(_ step: ComplaintStep, _ input: ComplaintStepInput, day: CalendarDate?, to complaint: Complaint, limits: ComplaintLimits, _ check: inout FormCheck) {
        let on = day
        switch step {
        case .acknowledge: complaint.acknowledgedOn = on
        case .escalate: complaint.escalatedOn = on
        case .acknowledgeStage2: complaint.stage2AcknowledgedOn = on
        case .referToOmbudsman: complaint.ombudsmanReferredOn = on
        case .extendStage1, .extendStage2:
            let most = step == .extendStage1 ? limits.stage1MaximumExtension : limits.stage2MaximumExtension
            let days = check.integer("days", input.days, label: "Extension", in: 1...max(most, 1))
            let reason = check.required("reason", input.reason, label: "Reason for the extension, as told to the complainant", max: 2_000)
            if step == .extendStage1 { (complaint.stage1ExtensionDays, complaint.stage1ExtensionReason) = (days, reason) } else {
                (complaint.stage2ExtensionDays, complaint.stage2ExtensionReason) = (days, reason)
            }
        case .respondStage1, .respondStage2:
            let outcome: ComplaintOutcome? = check.choice("outcome", input.outcome, label: "Outcome")
            complaint.remedy = check.optional("remedy", input.remedy, label: "Remedy", max: 4_000) ?? complaint.remedy
            complaint.learning = check.optional("learning", input.learning, label: "What was learned", max: 4_000) ?? complaint.learning
            if step == .respondStage1 { (complaint.stage1RespondedOn, complaint.stage1Outcome) = (on, outcome) } else {
                (complaint.stage2RespondedOn, complaint.stage2Outcome) = (on, outcome)
            }
        case .recordOmbudsman:
            let outcome: ComplaintOutcome? = check.choice("outcome", input.outcome, label: "The ombudsman's finding")
            complaint.ombudsmanDecision = check.required("decision", input.decision, label: "The ombudsman's decision and any remedy", max: 4_000)
            complaint.ombudsmanOutcome = outcome
        }
    }
}
