import Fluent

/// When each import last reported progress, so a run whose process was killed shows as
/// stopped part-way instead of running for ever.
struct AddImportHeartbeat: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(ContactImportRun.schema).field("heartbeat_at", .datetime).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(ContactImportRun.schema).deleteField("heartbeat_at").update()
    }
}
