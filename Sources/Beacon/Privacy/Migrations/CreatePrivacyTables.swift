import Fluent

/// The access log, erasures' tombstones, councils' retention periods and daily jobs' runs.
struct CreatePrivacyTables: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(AccessLogEntry.schema)
            .id()
            .field("council_id", .uuid, .required, .references("councils", "id"))
            .field("user_id", .uuid)
            .field("actor_label", .string, .required)
            .field("record_type", .string, .required)
            .field("record_id", .uuid)
            .field("record_title", .string, .required)
            .field("opened_at", .datetime, .required)
            .create()
        try await database.schema(Erasure.schema)
            .id()
            .field("council_id", .uuid, .required, .references("councils", "id"))
            .field("erased_at", .datetime, .required)
            .field("by_label", .string, .required)
            .field("reason", .string, .required)
            .field("summary", .string, .required)
            .field("held", .string, .required)
            .create()
        try await database.schema(RetentionPeriod.schema)
            .id()
            .field("council_id", .uuid, .required, .references("councils", "id"))
            .field("record", .string, .required)
            .field("months", .int, .required)
            .unique(on: "council_id", "record")
            .create()
        try await database.schema(JobRun.schema)
            .id()
            .field("job", .string, .required)
            .field("day", .string, .required)
            .field("started_at", .datetime, .required)
            .field("heartbeat_at", .datetime, .required)
            .field("finished_at", .datetime)
            .field("outcome", .string, .required)
            .field("report", .string, .required)
            .field("claim", .string, .required)
            .unique(on: "job", "day")
            .create()
    }

    func revert(on database: Database) async throws {
        for schema in [JobRun.schema, RetentionPeriod.schema, Erasure.schema, AccessLogEntry.schema] {
            try await database.schema(schema).delete()
        }
    }
}
