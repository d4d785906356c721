import BeaconDomain
import Fluent
import Vapor

/// One interaction with a member of the public: recorded by an agent or imported from a
/// telephony system's call records. Ids are integers: there are millions of contacts.
final class Contact: Model, @unchecked Sendable {
    static let schema = "contacts"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    /// The `ContactSource` it came from, which names the council.
    @Field(key: "source_number") var sourceNumber: Int
    @Field(key: "source_id") var sourceID: String
    @Coded(key: "channel") var channel: ContactChannel
    @Field(key: "queue") var queue: String
    /// The service's code, or empty when the contact named none Beacon knows.
    @Field(key: "service") var serviceCode: String
    @Field(key: "agent") var agent: String
    @Field(key: "arrived_at") var arrivedAt: Date
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @Field(key: "ended_at") var endedAt: Date
    @Coded(key: "outcome") var outcome: ContactOutcome
    /// The UK day it arrived, `2026-03-02`: the day its measures count on.
    @Field(key: "day") var day: String
    @OptionalField(key: "customer_name") var customerName: String?
    @OptionalField(key: "customer_contact") var customerContact: String?
    @OptionalField(key: "notes") var notes: String?

    init() {}
}

/// Where a council's contacts come from: `agent form` for contacts typed in, else the name given
/// to an import. Contacts carry its number, and a source's contact ids are unique.
final class ContactSource: Model, @unchecked Sendable {
    static let schema = "contact_sources"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "name") var name: String

    init() {}

    /// The numbers of all the council's sources, to find its contacts by.
    static func numbers(council: UUID, on db: Database) async throws -> [Int] {
        try await query(on: db).filter(\.$councilID == council).all().compactMap(\.id)
    }
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
    /// When the import last saved its progress.
    @OptionalField(key: "heartbeat_at") var heartbeatAt: Date?

    init() {}
}
