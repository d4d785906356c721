import BeaconDomain
import Fluent
import Vapor

/// A complaint and each step of its handling, with the dates its statutory deadlines follow from.
final class Complaint: Model, @unchecked Sendable {
    static let schema = "complaints"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    /// `CP-2026-0007`, numbered per council and calendar year.
    @Field(key: "reference") var reference: String
    @Field(key: "complainant_name") var complainantName: String
    @OptionalField(key: "complainant_contact") var complainantContact: String?
    @OptionalField(key: "service_id") var serviceID: UUID?
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "about") var about: String
    @Coded(key: "received_on") var receivedOn: CalendarDate
    @OptionalCoded(key: "acknowledged_on") var acknowledgedOn: CalendarDate?
    @OptionalField(key: "stage1_extension_days") var stage1ExtensionDays: Int?
    @OptionalField(key: "stage1_extension_reason") var stage1ExtensionReason: String?
    @OptionalCoded(key: "stage1_responded_on") var stage1RespondedOn: CalendarDate?
    @OptionalCoded(key: "stage1_outcome") var stage1Outcome: ComplaintOutcome?
    @OptionalCoded(key: "escalated_on") var escalatedOn: CalendarDate?
    @OptionalCoded(key: "stage2_acknowledged_on") var stage2AcknowledgedOn: CalendarDate?
    @OptionalField(key: "stage2_extension_days") var stage2ExtensionDays: Int?
    @OptionalField(key: "stage2_extension_reason") var stage2ExtensionReason: String?
    @OptionalCoded(key: "stage2_responded_on") var stage2RespondedOn: CalendarDate?
    @OptionalCoded(key: "stage2_outcome") var stage2Outcome: ComplaintOutcome?
    /// What was put right, and what the council learned, from the latest response.
    @Field(key: "remedy") var remedy: String
    @Field(key: "learning") var learning: String
    @OptionalCoded(key: "ombudsman_referred_on") var ombudsmanReferredOn: CalendarDate?
    @OptionalCoded(key: "ombudsman_outcome") var ombudsmanOutcome: ComplaintOutcome?
    @OptionalField(key: "ombudsman_decision") var ombudsmanDecision: String?
    @Field(key: "version") var version: Int

    init() {}

    var dates: ComplaintDates {
        var dates = ComplaintDates(received: receivedOn)
        dates.acknowledged = acknowledgedOn
        dates.stage1Extension = stage1ExtensionDays
        dates.stage1Responded = stage1RespondedOn
        dates.escalated = escalatedOn
        dates.stage2Acknowledged = stage2AcknowledgedOn
        dates.stage2Extension = stage2ExtensionDays
        dates.stage2Responded = stage2RespondedOn
        dates.ombudsmanReferred = ombudsmanReferredOn
        dates.ombudsmanDecided = ombudsmanOutcome != nil
        return dates
    }

    /// The final outcome: stage 2's if it had one, else stage 1's.
    var outcome: ComplaintOutcome? { stage2Outcome ?? stage1Outcome }

    func deadlines(_ council: Council) -> ComplaintDeadlines { ComplaintDeadlines(dates, limits: council.complaintLimits, calendar: council.workingDays) }
}

extension Complaint: Audited {
    static let auditType = "complaint"
    var auditTitle: String { reference }
    var auditCouncilID: UUID? { councilID }
}
