import BeaconDomain
import Fluent
import Vapor

/// One interaction with a member of the public: recorded by an agent or imported from a
/// telephony system's call records. Ids are integers: there are millions of contacts.
final class Contact: Model, @unchecked Sendable {
    static let schema = "contacts"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "council_id") var councilID: UUID
    /// `agent form` for contacts typed in, else the name given to the import.
    @Field(key: "source") var source: String
    @Field(key: "source_id") var sourceID: String
    @Field(key: "channel") var channelName: String
    @Field(key: "queue") var queue: String
    /// The service's code, or empty when the contact named none Beacon knows.
    @Field(key: "service") var serviceCode: String
    @Field(key: "agent") var agent: String
    @Field(key: "arrived_at") var arrivedAt: Date
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @Field(key: "ended_at") var endedAt: Date
    @Field(key: "outcome") var outcomeName: String
    /// The UK day it arrived, `2026-03-02`: the day its measures count on.
    @Field(key: "day") var day: String
    @OptionalField(key: "customer_name") var customerName: String?
    @OptionalField(key: "customer_contact") var customerContact: String?
    @OptionalField(key: "notes") var notes: String?

    init() {}

    var channel: ContactChannel { ContactChannel(rawValue: channelName) ?? .phone }
    var outcome: ContactOutcome { ContactOutcome(rawValue: outcomeName) ?? .resolved }
}

/// One run of the call-record import: what it read, took, skipped and refused, so the upload
/// page can show progress and the audit trail names each import.
final class ContactImportRun: Model, @unchecked Sendable {
    static let schema = "contact_import_runs"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "source") var source: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "started_at") var startedAt: Date
    @OptionalField(key: "finished_at") var finishedAt: Date?
    @Field(key: "total_rows") var totalRows: Int
    @Field(key: "rows_read") var rowsRead: Int
    @Field(key: "inserted") var inserted: Int
    @Field(key: "duplicates") var duplicates: Int
    @Field(key: "rejected") var rejected: Int
    /// The first refused rows, one per line: "line 7: channel “fax” is not one of …".
    @Field(key: "problems") var problems: String
    /// Why the file could not be read at all, when it could not.
    @OptionalField(key: "failure") var failure: String?

    init() {}
}
