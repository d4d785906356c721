import BeaconDomain
import Fluent
import Vapor

/// Section 2: what the unit is responsible for under one strategic priority.
final class PlanPriorityLink: Model, @unchecked Sendable {
    static let schema = "plan_priority_links"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "priority_id") var priorityID: UUID
    @Field(key: "responsibility") var responsibility: String
    @Field(key: "version") var version: Int

    init() {}
}

/// Section 4: a proposed development or improvement.
final class PlanDevelopment: Model, @unchecked Sendable {
    static let schema = "plan_developments"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    /// A year `2004/05` or a span `2005/09`.
    @Field(key: "starts") var starts: String
    @Field(key: "development") var development: String
    @Field(key: "in_response_to") var inResponseTo: String
    @Field(key: "outcome") var outcome: String
    @Field(key: "contribution") var contribution: String
    @Field(key: "version") var version: Int

    init() {}
}

/// Section 6: one service activity's budget for one year and kind, in pence.
final class BudgetLine: Model, @unchecked Sendable {
    static let schema = "budget_lines"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "activity") var activity: String
    @Field(key: "year") var year: Int
    @Coded(key: "kind") var kind: BudgetKind
    @Field(key: "expenditure_pence") var expenditurePence: Int
    @Field(key: "income_pence") var incomePence: Int
    @Field(key: "fte_hundredths") var fteHundredths: Int
    @Field(key: "notes") var notes: String
    @Field(key: "version") var version: Int

    init() {}

    var figures: BudgetFigures { BudgetFigures(expenditure: expenditurePence, income: incomePence, fte: fteHundredths) }
}

/// Section 8: a planned consultation or piece of research.
final class PlanConsultation: Model, @unchecked Sendable {
    static let schema = "plan_consultations"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "title") var title: String
    @Field(key: "method") var method: String
    @Coded(key: "completion_on") var completionOn: CalendarDate
    @Field(key: "purpose") var purpose: String
    @Field(key: "feedback_use") var feedbackUse: String
    @Field(key: "expected_outcome") var expectedOutcome: String
    /// Filled in afterwards.
    @Field(key: "outcome") var outcome: String
    @OptionalField(key: "responses") var responses: Int?
    /// The indicator its result feeds (a citizens' panel survey feeding satisfaction), if any.
    @OptionalField(key: "indicator_id") var indicatorID: UUID?
    @Field(key: "action_ids") var actionIDs: [UUID]
    @Field(key: "version") var version: Int

    init() {}
}

/// Section 9: a risk in the register.
final class PlanRisk: Model, @unchecked Sendable {
    static let schema = "plan_risks"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "element") var element: String
    @Field(key: "area") var area: String
    @Field(key: "owner") var owner: String
    @Field(key: "likelihood") var likelihood: Int
    @Field(key: "impact") var impact: Int
    @Field(key: "target_score") var targetScore: Int
    @Coded(key: "review_on") var reviewOn: CalendarDate
    @Coded(key: "status") var status: RiskStatus
    @OptionalField(key: "priority_id") var priorityID: UUID?
    @Field(key: "version") var version: Int

    init() {}

    var score: Int { likelihood * impact }
    var isOpen: Bool { status == .open }
}

/// A risk's score at one review.
final class RiskReview: Model, @unchecked Sendable {
    static let schema = "risk_reviews"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "risk_id") var riskID: UUID
    @Coded(key: "reviewed_on") var reviewedOn: CalendarDate
    @Field(key: "likelihood") var likelihood: Int
    @Field(key: "impact") var impact: Int
    @Field(key: "note") var note: String
    @Field(key: "reviewer") var reviewer: String

    init() {}
}

/// Whether a risk is still managed in the plan, or closed.
enum RiskStatus: String, CaseIterable, Codable, Sendable, StoredCode {
    case open, closed
}
