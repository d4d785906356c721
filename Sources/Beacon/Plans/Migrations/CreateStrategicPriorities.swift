import Fluent

/// The council's strategic priorities.
struct CreateStrategicPriorities: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(StrategicPriority.schema)
            .id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("closed_on", .string)
            .field("version", .int, .required)
            .unique(on: "council_id", "title")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(StrategicPriority.schema).delete()
    }
}
