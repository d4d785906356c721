import BeaconDomain
import Fluent
import Vapor

/// Back-office work for a department: raised from a contact, a staff form or the API, due by
/// the service's resolution standard in working days.
final class ServiceRequest: Model, @unchecked Sendable {
    static let schema = "service_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    /// `SR-2026-000123`, numbered per council and calendar year.
    @Field(key: "reference") var reference: String
    @Field(key: "service_id") var serviceID: UUID
    @Field(key: "department_id") var departmentID: UUID
    @Field(key: "description") var details: String
    /// The answers to the service's questions, as JSON keyed by question code.
    @Coded(key: "answers") var answers: [String: String]
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @OptionalField(key: "reporter_name") var reporterName: String?
    @OptionalField(key: "reporter_email") var reporterEmail: String?
    @OptionalField(key: "reporter_phone") var reporterPhone: String?
    @Coded(key: "status") var status: RequestStatus
    @Field(key: "raised_at") var raisedAt: Date
    @Coded(key: "raised_on") var raisedOn: CalendarDate
    @Coded(key: "due_on") var dueOn: CalendarDate
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    /// Set when closed: whether on or before the due day. Rejected requests are not counted.
    @OptionalField(key: "within_standard") var withinStandard: Bool?
    /// How it came: `contact`, `staff form` or `API`.
    @Field(key: "raised_via") var raisedVia: String
    @OptionalField(key: "contact_id") var contactID: Int?
    @Field(key: "version") var version: Int

    init() {}

    var due: CalendarDate { dueOn }

    func isOverdue(today: CalendarDate) -> Bool { !status.isFinished && today > due }
}

/// A dated step in a request's life: its status then, a note, and who wrote it.
final class RequestUpdate: Model, @unchecked Sendable {
    static let schema = "request_updates"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "request_id") var requestID: UUID
    @Coded(key: "status") var status: RequestStatus
    @Field(key: "note") var note: String
    @Field(key: "by") var by: String
    @Field(key: "at") var at: Date

    init() {}
}

extension ServiceRequest: Audited {
    static let auditType = "service request"
    var auditTitle: String { reference }
    var auditCouncilID: UUID? { councilID }
}
