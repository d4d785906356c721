import BeaconDomain
import Fluent
import Vapor

/// The rest of Wrenmoor's demo notices: one at each remaining state of the workflow.
enum DemoDecisionStates {
    typealias Context = DemoDecisions.Context

    static func load(_ context: Context) async throws {
        _ = try await DemoDecisions.draft(context, DemoDecisionTexts.complaintsPolicy, maker: "Fatima Rahman", officer: "Ruth Adebayo", reference: "CM/2026/14")
        let open = try await DemoDecisions.draft(context, DemoDecisionTexts.gardenWaste, maker: "Eleanor Grice", officer: "Martin Cole",
                                                 wards: ["Fernlea", "Greenholme"], expected: CalendarDate(context.daysAgo(-12), in: .london), reference: "CM/2026/13")
        try await DemoDecisions.publish(context, open, at: context.daysAgo(2), deadline: context.daysAgo(-8))
        try await DecisionWrite.represent(on: open, .init(text: "Residents in Greenholme have asked that the charge is held for households on council tax support."),
                                          by: context.member("Gillian Brough"), on: context.db, now: context.daysAgo(1))
        try await inCallIn(context)
        try await calledIn(context)
        try await withdrawn(context)
        try await urgent(context)
    }

    /// Decided yesterday: subject to call-in for the council's five working days.
    private static func inCallIn(_ context: Context) async throws {
        let notice = try await DemoDecisions.draft(context, DemoDecisionTexts.housingAllocations, maker: "Peter Whitcombe", officer: "Colin Fairweather", reference: "CM/2026/12")
        try await DemoDecisions.publish(context, notice, at: context.daysAgo(12), deadline: context.daysAgo(2))
        try await DemoDecisions.decide(context, notice, .approvedWithChanges, at: context.daysAgo(1), changes: "Part 2 now starts on 1 April rather than 1 February, so applicants can be written to first.")
    }

    /// Called in by five members, then referred back by scrutiny with recommendations.
    private static func calledIn(_ context: Context) async throws {
        let notice = try await DemoDecisions.draft(context, DemoDecisionTexts.parkingCharges, maker: "Robert Kinsella", officer: "Anita Shah", reference: "CM/2026/09")
        try await DemoDecisions.publish(context, notice, at: context.daysAgo(30), deadline: context.daysAgo(20))
        try await DemoDecisions.decide(context, notice, .approvedAsProposed, at: context.daysAgo(19))
        for name in ["Alan Prendergast", "Maureen Tillett", "Jonathan Crewe", "Deborah Lomax", "Kevin Ashworth"] {
            try await DecisionWrite.requestCallIn(of: notice, council: context.council, by: context.member(name), on: context.db, now: context.daysAgo(18))
        }
        let refer = NoticeStepInput(version: notice.version, recommendations: "Keep free parking after 3pm in the two market towns and report the effect on footfall in six months.")
        try await DecisionWrite.step(notice, .referBack, refer, council: context.council, by: context.democratic, on: context.db, now: context.daysAgo(10))
    }

    /// One withdrawn after publication (it stays in the register) and one withdrawn as a draft (never public).
    private static func withdrawn(_ context: Context) async throws {
        let published = try await DemoDecisions.draft(context, DemoDecisionTexts.depotSale, maker: "Robert Kinsella", officer: "Anita Shah", reference: "CM/2026/08")
        try await DemoDecisions.publish(context, published, at: context.daysAgo(40), deadline: context.daysAgo(30))
        try await step(context, published, .withdraw, at: context.daysAgo(35))
        let draft = try await DemoDecisions.draft(context, DemoDecisionTexts.kioskTrial, maker: "Fatima Rahman", officer: "Gareth Pryce", reference: "CM/2026/10")
        try await step(context, draft, .withdraw, at: context.daysAgo(25))
    }

    /// Taken as urgent under special urgency: exempt from call-in, in force at once.
    private static func urgent(_ context: Context) async throws {
        let notice = try await DemoDecisions.draft(context, DemoDecisionTexts.floodGrants, maker: "Samuel Otway", officer: "Colin Fairweather",
                                                   amount: 75_000_000, reference: "CM/2026/07")
        try await DemoDecisions.publish(context, notice, at: context.daysAgo(50), deadline: context.daysAgo(48))
        try await DemoDecisions.decide(context, notice, .approvedAsProposed, at: context.daysAgo(47),
                                       urgency: ("Households flooded on 2 October need help before winter; waiting for the next cabinet would leave them without heating.",
                                                 "Cllr Alan Prendergast, chair of the Overview and Scrutiny Committee"))
    }

    private static func step(_ context: Context, _ notice: DecisionNotice, _ step: NoticeStep, at: Date) async throws {
        try await DecisionWrite.step(notice, step, NoticeStepInput(version: notice.version), council: context.council, by: context.democratic, on: context.db, now: at)
    }
}
