import BeaconDomain
import Fluent
import Vapor

/// Wrenmoor's decision notices at every state, made through `DecisionWrite` at invented times
/// so the demo follows the same rules as real use. Times are relative to the first run, so
/// the open notice is open and the fresh decision is in its call-in period then.
enum DemoDecisions {
    struct Context {
        let council: Council
        let councillors: [String: UUID]
        let people: [String: UUID]
        let democratic: SignedIn
        let now: Date
        let db: Database

        func member(_ name: String) -> SignedIn {
            SignedIn(actor: Actor(role: .councillor, councilID: council.id!), userID: nil, apiKeyID: nil, label: "Cllr \(name)",
                     councilName: council.name, councilSlug: council.slug, councillorID: councillors[name])
        }

        func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }
    }

    static let everyone: [ConsulteeRole] = [.chiefExecutive, .financeDirector, .legalHead, .scrutinyChair, .scrutinyViceChair, .allMembers]

    static func load(council: Council, councillors: [String: UUID], people: [String: UUID], on db: Database) async throws {
        let democratic = SignedIn(actor: Actor(role: .democraticServices, councilID: council.id!, personID: people["Claire Hollis"]), userID: nil, apiKeyID: nil,
                                  label: "democratic@wrenmoor.example (demo data)", councilName: council.name, councilSlug: council.slug)
        let context = Context(council: council, councillors: councillors, people: people, democratic: democratic, now: BeaconClock.current.now(), db: db)
        try await planApproval(context)
        try await improvementProgramme(context)
        try await DemoDecisionStates.load(context)
        try await DemoMeetings.load(context)
    }

    /// CM/2026/05: the Customer Services Division's 2026/27 plan, approved and in force.
    private static func planApproval(_ context: Context) async throws {
        let unit = try await Unit.query(on: context.db).filter(\.$name == "Customer Services Division").first()!
        let plan = try await BusinessPlan.query(on: context.db).filter(\.$unitID == unit.id!).filter(\.$year == 2026).first()!
        let notice = try await draft(context, DemoDecisionTexts.planApproval, maker: "Fatima Rahman", officer: "Helen Marsh",
                                     plan: plan.id, reference: "CM/2026/05")
        let published = UKTime.instant(CalendarDate(year: 2026, month: 3, day: 5)!, hour: 10, minute: 0)
        try await publish(context, notice, at: published, deadline: UKTime.instant(CalendarDate(year: 2026, month: 3, day: 16)!, hour: 17, minute: 0))
        try await DecisionWrite.represent(on: notice, .init(text: "The scrutiny committee welcomes the plan's focus on first-contact resolution and asks that the six-monthly progress report shows it by channel."),
                                          by: context.member("Alan Prendergast"), on: context.db, now: published.addingTimeInterval(5 * 86_400))
        try await decide(context, notice, .approvedAsProposed, at: UKTime.instant(CalendarDate(year: 2026, month: 3, day: 19)!, hour: 11, minute: 0))
    }

    /// CM/2026/11: a spend on the customer contact improvement programme; five members asked
    /// for referral (one of them twice), so it goes to cabinet.
    private static func improvementProgramme(_ context: Context) async throws {
        let notice = try await draft(context, DemoDecisionTexts.improvementProgramme, maker: "Fatima Rahman", officer: "Helen Marsh",
                                     amount: 62_000_000, expected: CalendarDate(context.daysAgo(-21), in: .london), reference: "CM/2026/11")
        let published = context.daysAgo(6)
        try await publish(context, notice, at: published, deadline: context.daysAgo(-4))
        for (index, name) in ["Alan Prendergast", "Harjit Sandhu", "Maureen Tillett", "Alan Prendergast", "Kevin Ashworth", "Stuart Ibbotson"].enumerated() {
            try await DecisionWrite.requestReferral(of: notice, council: context.council, by: context.member(name), on: context.db,
                                                    now: published.addingTimeInterval(Double(index + 1) * 3_600 * 20))
        }
    }

    static func draft(_ context: Context, _ text: DemoDecisionTexts, maker: String, officer: String, plan: UUID? = nil, amount: Int = 0,
                      wards: [String] = [], expected: CalendarDate? = nil, reference: String) async throws -> DecisionNotice {
        let input = NoticeInput(topic: text.topic, summary: text.summary, proposals: text.proposals, reasons: text.reasons,
                                alternatives: text.alternatives, resourceImplications: text.resources, dataProtection: text.dataProtection,
                                consultation: text.consultation, caseOfficer: context.people[officer]!.uuidString,
                                democraticOfficer: context.people["Claire Hollis"]!.uuidString, maker: context.councillors[maker]!.uuidString,
                                subjectKind: (plan == nil ? NoticeSubjectKind.programme : .plan).rawValue, subjectPlan: plan?.uuidString,
                                amount: amount == 0 ? nil : String(amount / 100), wards: wards.joined(separator: "\n"), expectedOn: expected?.iso)
        let notice = try await DecisionWrite.create(input, council: context.council, by: context.democratic, on: context.db)
        notice.reference = reference
        if notice.isKey { notice.forwardPlanOn = CalendarDate(context.daysAgo(40), in: .london) }
        try await notice.update(on: context.db)
        return notice
    }

    static func publish(_ context: Context, _ notice: DecisionNotice, at: Date, deadline: Date, roles: [ConsulteeRole] = everyone) async throws {
        let input = NoticeStepInput(version: notice.version, deadline: UKTime.local(deadline), roles: roles.map(\.rawValue))
        try await DecisionWrite.step(notice, .publish, input, council: context.council, by: context.democratic, on: context.db, now: at)
    }

    static func decide(_ context: Context, _ notice: DecisionNotice, _ outcome: NoticeOutcome, at: Date, changes: String? = nil,
                       route: KeyDecisionRoute? = nil, urgency: (reason: String, agreedBy: String)? = nil) async throws {
        let input = NoticeStepInput(version: notice.version, outcome: outcome.rawValue, changes: changes, keyRoute: route?.rawValue,
                                    urgencyReason: urgency?.reason, urgencyAgreedBy: urgency?.agreedBy)
        try await DecisionWrite.step(notice, .decide, input, council: context.council, by: context.democratic, on: context.db, now: at)
    }
}
