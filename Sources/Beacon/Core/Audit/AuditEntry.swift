import Fluent
import Vapor

/// One change to one record: who, when, what, and the values before and after.
///
/// There is no route that changes or deletes an entry; the trail is written only by
/// `AuditTrail.record` inside the transaction of the change it describes.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "council_id") var councilID: UUID?
    @OptionalField(key: "user_id") var userID: UUID?
    @OptionalField(key: "api_key_id") var apiKeyID: UUID?
    @Field(key: "actor_label") var actorLabel: String
    @Field(key: "change") var change: String
    @Field(key: "record_type") var recordType: String
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "record_title") var recordTitle: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @Field(key: "at") var at: Date

    init() {}
}

/// The kinds of change the trail records.
enum AuditChange: String, CaseIterable, Sendable {
    case create, update, close, delete
    /// A subject access search or export: what was looked for, and how much was found.
    case search, export

    var title: String {
        switch self {
        case .create: "Created"
        case .update: "Changed"
        case .close: "Closed"
        case .delete: "Deleted"
        case .search: "Searched"
        case .export: "Exported"
        }
    }
}
