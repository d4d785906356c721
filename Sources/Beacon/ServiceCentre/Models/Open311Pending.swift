import Fluent
import Vapor

/// An Open311 request held for staff approval, where the council asks for it: the form as the
/// client sent it (checked when received), until staff raise it as a request or refuse it. Its
/// id is the token the client is given.
final class Open311Pending: Model, @unchecked Sendable {
    static let schema = "open311_pending"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    /// The API key's label, as requests raised by it are marked.
    @Field(key: "client") var client: String
    @Field(key: "service_code") var serviceCode: String
    /// The form as sent, read again with `Open311Submission` when approved.
    @Field(key: "form") var form: String
    @Field(key: "received_at") var receivedAt: Date
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "request_reference") var requestReference: String?
    @OptionalField(key: "refusal") var refusal: String?

    init() {}
}

extension Open311Pending: Audited {
    static let auditType = "Open311 request awaiting approval"
    var auditTitle: String { "Open311 request for \(serviceCode) from \(client)" }
    var auditCouncilID: UUID? { councilID }
}
