import BeaconDomain
import Fluent
import Vapor

/// A local authority: the tenant of a deployment. Its settings are used by later parts
/// (call-in, service standards, indicator tolerance).
final class Council: Model, @unchecked Sendable {
    static let schema = "councils"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "slug") var slug: String
    @Coded(key: "nation") var nation: Nation
    @Field(key: "call_in_threshold") var callInThreshold: Int
    @Field(key: "service_standard_days") var serviceStandardDays: Int
    @Field(key: "tolerance_percent") var tolerancePercent: Int
    @Field(key: "value_due_working_days") var valueDueWorkingDays: Int
    @Field(key: "escalation_working_days") var escalationWorkingDays: Int
    /// The percentage of the earlier value within which a change counts as no change.
    @Field(key: "no_change_margin") var noChangeMargin: String
    /// Risk likelihood and impact are scored 1 to this (4 or 5).
    @Field(key: "risk_scale") var riskScalePoints: Int
    /// Percent of expected progress at which an action is on track, and at or below which it is off track.
    @Field(key: "on_track_percent") var onTrackPercent: Int
    @Field(key: "off_track_percent") var offTrackPercent: Int
    /// Distinct members whose requests refer a decision notice to cabinet.
    @Field(key: "referral_threshold") var referralThreshold: Int
    /// Working days after a decision is published during which it may be called in.
    @Field(key: "call_in_working_days") var callInWorkingDays: Int
    /// A decision spending or saving more than this, in pence, is a key decision.
    @Field(key: "key_decision_threshold_pence") var keyDecisionThresholdPence: Int
    /// The service centre's thresholds (`MeasureThresholds`).
    @Field(key: "short_abandon_seconds") var shortAbandonSeconds: Int
    @Field(key: "answer_within_seconds") var answerWithinSeconds: Int
    @Field(key: "correspondence_working_days") var correspondenceWorkingDays: Int
    /// The service centre's standards: the share of calls answered in time, at least; abandoned, at most (per cent).
    @Field(key: "service_level_target") var serviceLevelTarget: Int
    @Field(key: "abandonment_target") var abandonmentTarget: Int
    /// How many requests one Open311 client (an API key) may make a minute.
    @Field(key: "open311_per_minute") var open311PerMinute: Int
    /// Whether Open311 requests wait for staff approval (the client gets a token meanwhile).
    @Field(key: "open311_approval") var open311Approval: Bool
    /// The licence its open data is published under (the data catalogue says it).
    @Coded(key: "data_licence") var dataLicence: DataLicence
    /// Complaint time limits in working days (`ComplaintLimits`).
    @Field(key: "complaint_acknowledge") var complaintAcknowledge: Int
    @Field(key: "complaint_stage1") var complaintStage1: Int
    @Field(key: "complaint_stage1_extension") var complaintStage1Extension: Int
    @Field(key: "complaint_stage2_acknowledge") var complaintStage2Acknowledge: Int
    @Field(key: "complaint_stage2") var complaintStage2: Int
    @Field(key: "complaint_stage2_extension") var complaintStage2Extension: Int
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    /// Set when a save changes the thresholds, so the rollups are worked out again; not stored.
    var thresholdsChanged = false

    init() {}

    var measureThresholds: MeasureThresholds {
        MeasureThresholds(shortAbandonSeconds: shortAbandonSeconds, answerWithinSeconds: answerWithinSeconds,
                          correspondenceWorkingDays: correspondenceWorkingDays)
    }

    var complaintLimits: ComplaintLimits {
        get {
            var limits = ComplaintLimits()
            (limits.acknowledge, limits.stage1Response, limits.stage1MaximumExtension) = (complaintAcknowledge, complaintStage1, complaintStage1Extension)
            (limits.stage2Acknowledge, limits.stage2Response, limits.stage2MaximumExtension) = (complaintStage2Acknowledge, complaintStage2, complaintStage2Extension)
            return limits
        }
        set {
            (complaintAcknowledge, complaintStage1, complaintStage1Extension) = (newValue.acknowledge, newValue.stage1Response, newValue.stage1MaximumExtension)
            (complaintStage2Acknowledge, complaintStage2, complaintStage2Extension) = (newValue.stage2Acknowledge, newValue.stage2Response, newValue.stage2MaximumExtension)
        }
    }

    /// The council's working days: its nation's bank holidays from the file Beacon holds.
    var workingDays: WorkingDayCalendar { WorkingDayCalendar(nation: nation, published: BankHolidayFile.published) }

    /// When values are due and how missing ones escalate, in this council's working days.
    var valueDueRule: ValueDueRule {
        ValueDueRule(calendar: workingDays, dueAfter: valueDueWorkingDays, escalateAfter: escalationWorkingDays)
    }

    var defaultTolerance: Tolerance { .percent(Decimal(tolerancePercent)) }

    /// The tolerance a target carries, or the council's default.
    func tolerance(for target: IndicatorTarget?) -> Tolerance {
        target?.tolerance.flatMap(Tolerance.init(text:)) ?? defaultTolerance
    }
    var riskScale: RiskScale { RiskScale(points: riskScalePoints) ?? .four }
    var progressRule: ProgressRule { ProgressRule(onTrackAt: onTrackPercent, offTrackAt: offTrackPercent) }
    var directionMargin: Decimal { Decimal(string: noChangeMargin) ?? 1 }
    var callInPeriod: CallInPeriod { CallInPeriod(workingDays: callInWorkingDays, calendar: workingDays) }
    var keyDecisionRule: KeyDecisionRule { KeyDecisionRule(thresholdPence: keyDecisionThresholdPence) }
}

/// Councils that share a service, with a joint committee whose members come from each partner.
final class Partnership: Model, @unchecked Sendable {
    static let schema = "partnerships"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "joint_committee_name") var jointCommitteeName: String
    @Children(for: \.$partnership) var partners: [PartnershipCouncil]
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}
}

/// One council's place in a partnership.
final class PartnershipCouncil: Model, @unchecked Sendable {
    static let schema = "partnership_councils"

    @ID(key: .id) var id: UUID?
    @Parent(key: "partnership_id") var partnership: Partnership
    @Field(key: "council_id") var councilID: UUID

    init() {}

    init(partnershipID: UUID, councilID: UUID) {
        self.$partnership.id = partnershipID
        self.councilID = councilID
    }
}

/// Functions a council delegates to a partnership's joint committee, within stated
/// principles, by a decision, for a dated span.
final class Delegation: Model, @unchecked Sendable {
    static let schema = "delegations"

    @ID(key: .id) var id: UUID?
    @Field(key: "partnership_id") var partnershipID: UUID
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "functions") var functions: String
    @Field(key: "principles") var principles: String
    @Field(key: "decision_reference") var decisionReference: String
    @Coded(key: "starts_on") var startsOn: CalendarDate
    @OptionalCoded(key: "ends_on") var endsOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}
}

/// A councillor's seat on a partnership's joint committee, for a dated span.
final class JointCommitteeMember: Model, @unchecked Sendable {
    static let schema = "joint_committee_members"

    @ID(key: .id) var id: UUID?
    @Field(key: "partnership_id") var partnershipID: UUID
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "councillor_id") var councillorID: UUID
    @Field(key: "seat") var seat: String
    @Coded(key: "starts_on") var startsOn: CalendarDate
    @OptionalCoded(key: "ends_on") var endsOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}
}
