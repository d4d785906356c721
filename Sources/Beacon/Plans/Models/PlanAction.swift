import BeaconDomain
import Fluent
import Vapor

/// Whether an action is corporate or cross-cutting (listed first) or the unit's own.
enum ActionScope: String, CaseIterable, Codable, Sendable {
    case corporate, departmental

    var title: String { self == .corporate ? "Corporate / cross-cutting" : "Departmental" }
}

/// An action (service priority) of a plan, or one required by a risk of the plan.
final class PlanAction: Model, @unchecked Sendable {
    static let schema = "plan_actions"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Coded(key: "scope") var scope: ActionScope
    @Field(key: "theme") var theme: String
    @Field(key: "objective") var objective: String
    /// The strategy, plan, act or review that drives it.
    @Field(key: "linked_to") var linkedTo: String
    @OptionalField(key: "strategy_id") var strategyID: UUID?
    @Field(key: "activity") var activity: String
    @Field(key: "target") var target: String
    @OptionalCoded(key: "starts_on") var startsOn: CalendarDate?
    @OptionalCoded(key: "due_on") var dueOn: CalendarDate?
    @Field(key: "outcome") var outcome: String
    /// Officer-days as JSON `[RoleDays]`; nil when not known.
    @OptionalCoded(key: "officer_days") var officerDays: [RoleDays]?
    @OptionalField(key: "cost_pence") var costPence: Int?
    @Field(key: "owner") var owner: String
    @Coded(key: "status") var status: ActionStatus
    @Field(key: "percent") var percent: Int
    @OptionalField(key: "priority_id") var priorityID: UUID?
    @OptionalField(key: "risk_id") var riskID: UUID?
    @Field(key: "indicator_ids") var indicatorIDs: [UUID]
    @Field(key: "version") var version: Int

    init() {}

    var due: CalendarDate? { dueOn }
    var start: CalendarDate? { startsOn }

    var resources: ActionResources {
        ActionResources(officerDays: officerDays, costPence: costPence)
    }

    var facts: ActionFacts {
        ActionFacts(activity: activity, target: target, dueDate: due, resources: resources,
                    hasPriority: priorityID != nil, linkedTo: linkedTo, linkedIndicators: indicatorIDs.count)
    }
}

/// A dated note of progress on an action.
final class ActionUpdate: Model, @unchecked Sendable {
    static let schema = "action_updates"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "action_id") var actionID: UUID
    @Field(key: "on") var on: String
    @Field(key: "percent") var percent: Int
    @Coded(key: "status") var status: ActionStatus
    /// Why the officer chose a status other than the one Beacon suggested.
    @OptionalField(key: "override_reason") var overrideReason: String?
    @Field(key: "commentary") var commentary: String
    @Field(key: "author") var author: String

    init() {}
}

extension PlanAction: Audited {
    static let auditType = "plan action"
    var auditTitle: String { String(activity.prefix(120)) }
    var auditCouncilID: UUID? { councilID }
}

extension ActionUpdate: Audited {
    static let auditType = "action progress update"
    var auditTitle: String { "Progress on \(on)" }
    var auditCouncilID: UUID? { councilID }
}
