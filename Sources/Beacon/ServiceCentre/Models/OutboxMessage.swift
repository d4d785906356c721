import Fluent
import Vapor

/// An email Beacon has to send: kept here, in the transaction of what it tells, until a sender
/// delivers it (Beacon does not send mail yet), so nothing is lost. A resident who gave an email
/// address is told when their request is received and each time its status changes.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    /// The message telling a request's reporter where it stands, when they gave an email address.
    static func about(_ request: ServiceRequest, service: String, council: String, at now: Date) -> OutboxMessage? {
        guard let email = request.reporterEmail, !email.isEmpty else { return nil }
        let message = OutboxMessage()
        message.councilID = request.councilID
        message.recipient = email
        message.subject = "Your request \(request.reference): \(request.status.title.lowercased())"
        // Absolute where Beacon knows its public address (`BEACON_PUBLIC_URL`).
        let base = Environment.get("BEACON_PUBLIC_URL").map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? ""
        let link = base + SiteURL.track(council: council).path(query: [("reference", request.reference)])
        message.body = "Your \(service.lowercased()) request, reference \(request.reference), is "
            + "\(request.status.title.lowercased()). It is due by \(request.dueOn.long). Follow it at \(link)"
        message.createdAt = now
        return message
    }
}
