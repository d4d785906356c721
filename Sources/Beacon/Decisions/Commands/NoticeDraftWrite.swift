import BeaconDomain
import Fluent
import Vapor

/// What the notice form sends: every section of the draft (decisions spec, step 1).
struct NoticeInput: Content, VersionedInput {
    var topic: String?
    var summary: String?
    var proposals: String?
    var reasons: String?
    var alternatives: String?
    var resourceImplications: String?
    var dataProtection: String?
    var consultation: String?
    var caseOfficer: String?
    var democraticOfficer: String?
    var maker: String?
    var subjectKind: String?
    var subjectPlan: String?
    var subjectStrategy: String?
    var amount: String?
    var wards: String?
    var expectedOn: String?
    var version: Int?
}

/// The one place decision notices are written and moved through their life. Each write
/// checks its input and the notice's status, runs in a transaction, records the step in the
/// notice's history and writes an audit entry.
enum DecisionWrite {
    static func create(_ input: NoticeInput, council: Council, by signedIn: SignedIn, on db: Database) async throws -> DecisionNotice {
        let notice = DecisionNotice()
        (notice.councilID, notice.storedStatus, notice.version) = (try council.requireID(), NoticeStatus.draft, 1)
        let today = BeaconClock.current.today
        try await apply(input, to: notice, council: council, today: today, on: db)
        return try await db.write { db in
            notice.reference = try await nextReference(council: notice.councilID, year: today.year, on: db)
            try await notice.create(on: db)
            try await AuditTrail.record(.create, notice, before: nil, by: signedIn, on: db)
            return notice
        }
    }

    static func update(_ notice: DecisionNotice, _ input: NoticeInput, council: Council, by signedIn: SignedIn, on db: Database) async throws {
        guard let version = input.version else { throw ValidationFailed(field: "version", "Send the version of the notice you are changing") }
        guard notice.storedStatus == .draft else {
            throw Abort(.conflict, reason: "Only a draft can be changed; this notice is \(notice.storedStatus.title.lowercased()).")
        }
        let before = try AuditTrail.snapshot(notice)
        try await apply(input, to: notice, council: council, today: BeaconClock.current.today, on: db)
        try await db.write { db in
            try await RecordWrite.claimVersion(of: DecisionNotice.schema, id: notice.requireID(), expecting: version, noun: "decision notice", on: db)
            notice.version = version + 1
            try await notice.update(on: db)
            try await AuditTrail.record(.update, notice, before: before, by: signedIn, on: db)
        }
    }

    /// CM/2026/07: the council's cabinet member decisions numbered by year.
    private static func nextReference(council: UUID, year: Int, on db: Database) async throws -> String {
        let existing = try await DecisionNotice.query(on: db).filter(\.$councilID == council).field(\.$reference).all().map(\.reference)
        return YearlyReference.next(prefix: "CM/\(year)/", digits: 2, after: existing)
    }

    private static func apply(_ input: NoticeInput, to notice: DecisionNotice, council: Council, today: CalendarDate, on db: Database) async throws {
        var check = FormCheck()
        let councilID = try council.requireID()
        let topic = check.required("topic", input.topic, label: "Topic", max: 300)
        let summary = check.required("summary", input.summary, label: "Summary", max: 4000)
        let proposals = check.required("proposals", input.proposals, label: "Proposed decision", max: 8000)
        let reasons = check.required("reasons", input.reasons, label: "Reasons", max: 8000)
        let alternatives = check.required("alternatives", input.alternatives, label: "Alternative options considered and rejected", max: 8000)
        let resources = check.required("resourceImplications", input.resourceImplications, label: "Resource implications", max: 8000)
        let privacy = check.required("dataProtection", input.dataProtection, label: "Data protection impact", max: 4000)
        let consultation = check.required("consultation", input.consultation, label: "Consultation undertaken", max: 8000)
        let caseOfficer = check.requiredID("caseOfficer", input.caseOfficer, label: "Case officer")
        let democraticOfficer = check.requiredID("democraticOfficer", input.democraticOfficer, label: "Democratic services officer")
        let maker = check.requiredID("maker", input.maker, label: "Decision maker")
        let kind: NoticeSubjectKind? = check.choice("subjectKind", input.subjectKind, label: "What it decides on")
        let amount = pence(input.amount, &check)
        let wards = check.optional("wards", input.wards, label: "Wards affected", max: 2000) ?? ""
        let expected = check.optionalDate("expectedOn", input.expectedOn, label: "Expected date of decision")
        for (field, id) in [("caseOfficer", caseOfficer), ("democraticOfficer", democraticOfficer)] where id != nil {
            if try await !db.exists(Person.self, id, council: councilID, councilField: \.$councilID) { check.add(field, "Choose an officer from the list") }
        }
        if maker != nil, try await !NoticeChoices.portfolioHolders(councilID, on: db).contains(where: { $0.id == maker }) {
            check.add("maker", "Choose a portfolio holder from the list")
        }
        let subject = try await NoticeChoices.subject(kind, plan: input.subjectPlan, strategy: input.subjectStrategy, council: councilID, &check, on: db)
        try check.orThrow()
        (notice.topic, notice.summary, notice.proposals, notice.reasons) = (topic!, summary!, proposals!, reasons!)
        (notice.alternatives, notice.resourceImplications, notice.dataProtection, notice.consultation) = (alternatives!, resources!, privacy!, consultation!)
        (notice.caseOfficerID, notice.democraticOfficerID, notice.makerID) = (caseOfficer!, democraticOfficer!, maker!)
        (notice.subjectKind, notice.subjectPlanID, notice.subjectStrategyID) = (kind!, subject.plan, subject.strategy)
        (notice.amountPence, notice.wards, notice.expectedOn) = (amount ?? 0, wards, expected)
        notice.isKey = council.keyDecisionRule.isKey(amountPence: notice.amountPence, wardsAffected: notice.wardList.count)
        // A key decision enters the forward plan the day it is first saved as key.
        notice.forwardPlanOn = notice.isKey ? (notice.forwardPlanOn ?? today) : nil
    }

    private static func pence(_ text: String?, _ check: inout FormCheck) -> Int? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let pence = Money.parsePounds(text) else {
            check.add("amount", "Enter the amount in pounds, like 250000 or £250,000")
            return nil
        }
        return pence
    }

    /// Adds a step to the notice's history (shown on the record) inside the caller's transaction.
    static func event(_ notice: DecisionNotice, _ step: NoticeStep, at: Date, note: String, on db: Database) async throws {
        try await NoticeEvent(noticeID: notice.requireID(), step: step, at: at, note: note).create(on: db)
    }
}
