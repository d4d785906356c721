import BeaconDomain
import Fluent
import Vapor

/// A unit's business plan for one financial year, looking ahead to its horizon. The plan's own
/// rows are its working copy; each approval freezes a `PlanRevision`.
final class BusinessPlan: Model, @unchecked Sendable {
    static let schema = "business_plans"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "unit_id") var unitID: UUID
    /// The first calendar year of the plan's financial year: 2005 for 2005/06.
    @Field(key: "year") var year: Int
    /// The last year of the horizon: `2005 to 2010`.
    @Field(key: "horizon_end") var horizonEnd: Int
    @Coded(key: "status") var status: PlanStatus
    /// The revision being worked on, or the last approved.
    @Field(key: "revision") var revision: Int
    /// The revision the public reads, once one is published.
    @OptionalField(key: "published_revision") var publishedRevision: Int?
    @Field(key: "description") var purpose: String
    @Field(key: "core_activities") var coreActivities: String
    @Field(key: "staffing") var staffing: String
    /// Ids of the indicators the plan reports, in order.
    @Field(key: "indicator_ids") var indicatorIDs: [UUID]
    @OptionalField(key: "previous_plan_id") var previousPlanID: UUID?
    @Field(key: "version") var version: Int

    init() {}

    var yearLabel: String { ReportingPeriod.year(year).yearLabel }
    var horizon: String { "\(year) to \(horizonEnd)" }
}

/// An approved revision of a plan, frozen as the document it was approved as.
final class PlanRevision: Model, @unchecked Sendable {
    static let schema = "plan_revisions"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "revision") var revision: Int
    /// The decision that approved it ("Cabinet member decision CM/2005/14").
    @Field(key: "approved_by") var approvedBy: String
    @Coded(key: "approved_on") var approvedOn: CalendarDate
    @OptionalCoded(key: "published_on") var publishedOn: CalendarDate?
    /// The `PlanDocument` as JSON.
    @Field(key: "document") var document: String

    init() {}
}

extension BusinessPlan: Audited {
    static let auditType = "business plan"
    var auditTitle: String { "Business plan \(yearLabel)" }
    var auditCouncilID: UUID? { councilID }
}

extension PlanRevision: Audited {
    static let auditType = "business plan revision"
    var auditTitle: String { "Revision \(revision)" }
    var auditCouncilID: UUID? { councilID }
}
