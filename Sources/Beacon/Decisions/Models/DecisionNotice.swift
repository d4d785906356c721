import BeaconDomain
import Fluent
import Vapor

/// A cabinet member's decision notice, from the officer's draft to the published record of
/// the decision (decisions spec). Days are ISO text; instants are dates.
final class DecisionNotice: Model, @unchecked Sendable {
    static let schema = "decision_notices"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    /// The council's reference, such as CM/2026/07, given when the draft is made.
    @Field(key: "reference") var reference: String
    @Field(key: "topic") var topic: String
    @Field(key: "summary") var summary: String
    /// The proposed decision, one numbered part per line.
    @Field(key: "proposals") var proposals: String
    @Field(key: "reasons") var reasons: String
    @Field(key: "alternatives") var alternatives: String
    @Field(key: "resource_implications") var resourceImplications: String
    @Field(key: "data_protection") var dataProtection: String
    @Field(key: "consultation") var consultation: String
    @Field(key: "case_officer_id") var caseOfficerID: UUID
    @Field(key: "democratic_officer_id") var democraticOfficerID: UUID
    @Field(key: "maker_id") var makerID: UUID
    @Coded(key: "subject_kind") var subjectKind: NoticeSubjectKind
    @OptionalField(key: "subject_plan_id") var subjectPlanID: UUID?
    @OptionalField(key: "subject_strategy_id") var subjectStrategyID: UUID?
    @Field(key: "amount_pence") var amountPence: Int
    /// Wards affected, one per line.
    @Field(key: "wards") var wards: String
    @Field(key: "is_key") var isKey: Bool
    /// The day a key decision entered the forward plan, and when it is expected to be taken.
    @OptionalCoded(key: "forward_plan_on") var forwardPlanOn: CalendarDate?
    @OptionalCoded(key: "expected_on") var expectedOn: CalendarDate?
    @Coded(key: "status") var storedStatus: NoticeStatus
    @OptionalField(key: "panel") var panel: String?
    @OptionalField(key: "deadline") var deadline: Date?
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalCoded(key: "outcome") var outcome: NoticeOutcome?
    @OptionalField(key: "changes") var changes: String?
    @OptionalField(key: "further_alternatives") var furtherAlternatives: String?
    @OptionalField(key: "declarations") var declarations: String?
    @OptionalField(key: "dispensations") var dispensations: String?
    @OptionalCoded(key: "key_route") var keyRoute: KeyDecisionRoute?
    @OptionalCoded(key: "exception_notice_on") var exceptionNoticeOn: CalendarDate?
    @OptionalField(key: "urgency_reason") var urgencyReason: String?
    @OptionalField(key: "urgency_agreed_by") var urgencyAgreedBy: String?
    /// When the decision takes effect: the end of the call-in period, or at once if urgent.
    @OptionalField(key: "effective_at") var effectiveAt: Date?
    @OptionalField(key: "scrutiny_recommendations") var scrutinyRecommendations: String?
    @Field(key: "version") var version: Int

    init() {}

    var isUrgent: Bool { urgencyReason != nil }

    /// The status as of now: a decision whose call-in period has ended is in force, with no
    /// job needed to move it.
    func status(at now: Date) -> NoticeStatus {
        storedStatus.at(now, effectiveAt: effectiveAt)
    }

    /// Whether the public may see it: everything but drafts, and drafts withdrawn unseen.
    var isPublic: Bool { publishedAt != nil }

    var proposalParts: [String] { PlanDocument.lines(proposals) }
    var wardList: [String] { PlanDocument.lines(wards) }
}

extension DecisionNotice: Audited {
    static let auditType = "decision notice"
    var auditTitle: String { "\(reference) \(topic)" }
    var auditCouncilID: UUID? { councilID }
}
