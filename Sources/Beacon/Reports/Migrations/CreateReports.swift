import Fluent

/// Progress reports: drafts, issued reports with their frozen content, and corrections.
struct CreateReports: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Report.schema)
            .id()
            .field("council_id", .uuid, .required, .references("councils", "id"))
            .field("title", .string, .required)
            .field("template", .string, .required)
            .field("scope_kind", .string, .required)
            .field("scope_id", .uuid)
            .field("span_from", .string, .required)
            .field("span_to", .string, .required)
            .field("introduction", .string, .required)
            .field("sections", .string, .required)
            .field("budget_base", .string, .required)
            .field("budget_compared", .string, .required)
            .field("stage", .string, .required)
            .field("content", .string)
            .field("issued_at", .datetime)
            .field("issued_by", .string)
            .field("issued_to", .string)
            .field("issued_to_note", .string)
            .field("agenda_item_id", .uuid, .references("agenda_items", "id"))
            .field("follow_up_id", .uuid, .references("follow_ups", "id"))
            .field("supersedes_id", .uuid, .references("reports", "id"))
            .field("correction_reason", .string)
            .field("edition", .int, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Report.schema).delete()
    }
}
