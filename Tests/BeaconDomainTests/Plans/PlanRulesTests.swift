import BeaconDomain
import Foundation
import Testing

private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

@Suite("Action progress, risks, resources and the plan lifecycle")
struct PlanRulesTests {
    // 100 days from start to due; on day 50 half the time has passed, so 45% is exactly 90% of expected.
    @Test("suggested status at the thresholds", arguments: [
        (45, ActionStatus.onTrack), (44, .atRisk), (36, .atRisk), (35, .offTrack), (0, .offTrack), (100, .completed),
    ])
    func suggestion(percent: Int, expected: ActionStatus) {
        let start = day("2024-04-01")
        let rule = ProgressRule()
        #expect(rule.suggest(percent: percent, start: start, due: start.adding(days: 100), today: start.adding(days: 50)) == expected)
    }

    @Test("before the start, and after the due date")
    func outsideTheSpan() {
        let rule = ProgressRule(), start = day("2024-04-01"), due = day("2025-03-31")
        #expect(rule.suggest(percent: 0, start: start, due: due, today: day("2024-03-01")) == .notStarted)
        #expect(rule.suggest(percent: 10, start: start, due: due, today: day("2024-03-01")) == .onTrack)
        #expect(rule.suggest(percent: 90, start: start, due: due, today: day("2025-06-01")) == .onTrack)
        #expect(rule.suggest(percent: 80, start: start, due: due, today: day("2025-06-01")) == .atRisk)
    }

    @Test("thresholds are settings")
    func settings() {
        let strict = ProgressRule(onTrackAt: 100, offTrackAt: 80), start = day("2024-04-01")
        #expect(strict.suggest(percent: 45, start: start, due: start.adding(days: 100), today: start.adding(days: 50)) == .atRisk)
    }

    @Test("overdue is past the due date and not completed or cancelled")
    func overdue() {
        let due = day("2025-03-31")
        #expect(ProgressRule.isOverdue(due: due, status: .onTrack, today: day("2025-04-01")))
        #expect(!ProgressRule.isOverdue(due: due, status: .onTrack, today: due))
        #expect(!ProgressRule.isOverdue(due: due, status: .completed, today: day("2025-04-01")))
        #expect(!ProgressRule.isOverdue(due: due, status: .cancelled, today: day("2025-04-01")))
        #expect(!ProgressRule.isOverdue(due: nil, status: .notStarted, today: day("2025-04-01")))
    }

    @Test("risk bands on a 1–4 scale", arguments: [(1, RiskBand.low), (4, .low), (6, .medium), (8, .medium), (9, .high), (16, .high)])
    func bandsOfFour(score: Int, band: RiskBand) {
        #expect(RiskScale.four.band(score) == band)
    }

    @Test("risk bands on a 1–5 scale", arguments: [(5, RiskBand.low), (6, .medium), (12, .medium), (15, .high), (25, .high)])
    func bandsOfFive(score: Int, band: RiskBand) {
        #expect(RiskScale(points: 5)!.band(score) == band)
    }

    @Test("ratings stay on the scale, and the heat map counts each cell")
    func ratingsAndHeatMap() throws {
        let five = try #require(RiskScale(points: 5))
        #expect(RiskScale(points: 3) == nil)
        #expect(RiskRating(likelihood: 5, impact: 2, scale: .four) == nil)
        #expect(RiskRating(likelihood: 5, impact: 2, scale: five)?.score == 10)
        let ratings = [RiskRating(likelihood: 3, impact: 4, scale: .four)!, RiskRating(likelihood: 3, impact: 4, scale: .four)!,
                       RiskRating(likelihood: 1, impact: 2, scale: .four)!]
        let map = RiskHeatMap(scale: .four, ratings: ratings)
        #expect(map.count(likelihood: 3, impact: 4) == 2)
        #expect(map.count(likelihood: 1, impact: 2) == 1)
        #expect(map.count(likelihood: 4, impact: 4) == 0)
        #expect(map.likelihoodsTopDown == [4, 3, 2, 1])
    }

    @Test("officer-days are read one role per line; unknown is not none")
    func resources() throws {
        let days = try ActionResources.parseDays("10 days – Policy Officer\n5 days - Research Officer\n0.5 day: Head of Policy")
        #expect(days == [RoleDays(days: 10, role: "Policy Officer"), RoleDays(days: 5, role: "Research Officer"),
                         RoleDays(days: Decimal(string: "0.5")!, role: "Head of Policy")])
        #expect(try ActionResources.parseDays("") == nil)
        #expect(try ActionResources.parseDays("To be determined") == nil)
        #expect(try ActionResources.parseDays("None") == [])
        #expect(throws: ResourceReadingError(line: "ten days")) { try ActionResources.parseDays("ten days") }
        #expect(ActionResources.unknown.text == "To be determined; £??")
        #expect(ActionResources(officerDays: [], costPence: 0).text == "No officer time; £0")
        #expect(ActionResources(officerDays: [RoleDays(days: 10, role: "Policy Officer")], costPence: 250_000).text
            == "10 days – Policy Officer; £2,500")
    }

    @Test("every allowed plan step")
    func allowedSteps() {
        #expect(PlanLifecycle.next(from: .draft, by: .submit) == .submitted)
        #expect(PlanLifecycle.next(from: .submitted, by: .returnToDraft) == .draft)
        #expect(PlanLifecycle.next(from: .submitted, by: .approve) == .approved)
        #expect(PlanLifecycle.next(from: .approved, by: .publish) == .published)
        #expect(PlanLifecycle.next(from: .approved, by: .startRevision) == .draft)
        #expect(PlanLifecycle.next(from: .published, by: .startRevision) == .draft)
    }

    @Test("every refused plan step")
    func refusedSteps() {
        let allowed: Set<String> = ["draft submit", "submitted return", "submitted approve", "approved publish",
                                    "approved revise", "published revise"]
        for status in PlanStatus.allCases {
            for step in PlanStep.allCases where !allowed.contains("\(status.rawValue) \(step.rawValue)") {
                #expect(PlanLifecycle.next(from: status, by: step) == nil, "\(status) \(step)")
            }
        }
        #expect(PlanStatus.allCases.filter(\.isEditable) == [.draft])
    }
}
