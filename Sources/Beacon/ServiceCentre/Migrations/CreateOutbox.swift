import Fluent

/// The outbox of emails to send (`OutboxMessage`).
struct CreateOutbox: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(OutboxMessage.schema)
            .id()
            .field("council_id", .uuid, .required, .references("councils", "id"))
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(OutboxMessage.schema).delete()
    }
}
