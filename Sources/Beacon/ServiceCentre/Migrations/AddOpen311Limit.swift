import Fluent
import SQLKit

/// Each council's limit on Open311 requests a minute for each client, whether its staff approve
/// Open311 requests first, and the requests waiting for approval.
struct AddOpen311Limit: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Council.schema)
            .field("open311_per_minute", .int, .required, .sql(.default(CouncilDefaults.open311RequestsPerMinute)))
            .update()
        // SQLite adds one column per ALTER TABLE.
        try await database.schema(Council.schema).field("open311_approval", .bool, .required, .sql(.default(false)))
            .update()
        try await database.schema(Open311Pending.schema)
            .field("id", .uuid, .identifier(auto: false))
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("client", .string, .required)
            .field("service_code", .string, .required)
            .field("form", .string, .required)
            .field("received_at", .datetime, .required)
            .field("decided_at", .datetime)
            .field("request_reference", .string)
            .field("refusal", .string)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Open311Pending.schema).delete()
        try await database.schema(Council.schema).deleteField("open311_approval").update()
        try await database.schema(Council.schema).deleteField("open311_per_minute").update()
    }
}
