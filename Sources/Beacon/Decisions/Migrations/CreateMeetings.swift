import Fluent

/// Committees, meetings, agenda items, resolutions and amendments, attendance, declarations,
/// follow-ups, and the documents attached to notices and agenda items.
struct CreateMeetings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Committee.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("name", .string, .required).field("kind", .string, .required)
            .field("closed_on", .string).field("version", .int, .required)
            .unique(on: "council_id", "name")
            .create()
        try await database.schema(Meeting.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("committee_id", .uuid, .required, .references(Committee.schema, "id"))
            .field("starts_at", .datetime, .required).field("place", .string, .required)
            .field("status", .string, .required).field("minutes", .string, .required).field("version", .int, .required)
            .create()
        try await database.schema(AgendaItem.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id"))
            .field("number", .int, .required).field("title", .string, .required)
            .field("report_author", .string, .required).field("report", .string, .required).field("minutes", .string, .required)
            .field("notice_id", .uuid, .references(DecisionNotice.schema, "id"))
            .field("follow_up_id", .uuid).field("is_key", .bool, .required)
            .field("version", .int, .required)
            .unique(on: "meeting_id", "number")
            .create()
        try await database.schema(AttachedDocument.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("notice_id", .uuid, .references(DecisionNotice.schema, "id"))
            .field("item_id", .uuid, .references(AgendaItem.schema, "id"))
            .field("title", .string, .required).field("file_name", .string, .required).field("media_type", .string, .required)
            .field("size", .int, .required).field("file_bytes", .data, .required)
            .create()
        try await createOutcomes(on: database)
    }

    private func createOutcomes(on database: Database) async throws {
        try await database.schema(Resolution.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("item_id", .uuid, .required, .references(AgendaItem.schema, "id"))
            .field("moved", .string, .required).field("final", .string, .required).field("effect", .string, .required)
            .field("plan_id", .uuid, .references(BusinessPlan.schema, "id"))
            .field("delegation_id", .uuid, .references(Delegation.schema, "id"))
            .field("version", .int, .required)
            .unique(on: "item_id")
            .create()
        try await database.schema(Amendment.schema).id()
            .field("resolution_id", .uuid, .required, .references(Resolution.schema, "id"))
            .field("position", .int, .required).field("moved_by", .string, .required)
            .field("before", .string, .required).field("after", .string, .required).field("carried", .bool, .required)
            .create()
        try await database.schema(MeetingAttendance.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id"))
            .field("councillor_id", .uuid, .required, .references(Councillor.schema, "id"))
            .field("attendance", .string, .required)
            .unique(on: "meeting_id", "councillor_id")
            .create()
        try await database.schema(InterestDeclaration.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id"))
            .field("item_id", .uuid, .references(AgendaItem.schema, "id"))
            .field("councillor_id", .uuid, .required, .references(Councillor.schema, "id"))
            .field("kind", .string, .required).field("interest", .string, .required)
            .create()
        try await database.schema(FollowUp.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("resolution_id", .uuid, .required, .references(Resolution.schema, "id"))
            .field("title", .string, .required).field("due_on", .string, .required)
            .field("every_months", .int).field("presented_on", .string)
            .create()
    }

    func revert(on database: Database) async throws {
        for schema in [FollowUp.schema, InterestDeclaration.schema, MeetingAttendance.schema, Amendment.schema, Resolution.schema,
                       AttachedDocument.schema, AgendaItem.schema, Meeting.schema, Committee.schema] {
            try await database.schema(schema).delete()
        }
    }
}
