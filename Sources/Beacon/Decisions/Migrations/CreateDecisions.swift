import Fluent
import SQLKit

/// Decision notices, who they were sent to, representations, member requests and their
/// history, and the council settings that govern them. Appendices are `CreateMeetings`'s.
struct CreateDecisions: AsyncMigration {
    func prepare(on database: Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        try await database.schema(Council.schema).field("referral_threshold", .int, .required, .sql(.default(5))).update()
        try await database.schema(Council.schema).field("call_in_working_days", .int, .required, .sql(.default(5))).update()
        try await database.schema(Council.schema).field("key_decision_threshold_pence", .int64, .required, .sql(.default(50_000_000))).update()
        try await createNotices(on: database)
        try await createResponses(on: database)
    }

    private func createNotices(on database: Database) async throws {
        try await database.schema(DecisionNotice.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("reference", .string, .required).field("topic", .string, .required).field("summary", .string, .required)
            .field("proposals", .string, .required).field("reasons", .string, .required).field("alternatives", .string, .required)
            .field("resource_implications", .string, .required).field("data_protection", .string, .required)
            .field("consultation", .string, .required)
            .field("case_officer_id", .uuid, .required, .references(Person.schema, "id"))
            .field("democratic_officer_id", .uuid, .required, .references(Person.schema, "id"))
            .field("maker_id", .uuid, .required, .references(Councillor.schema, "id"))
            .field("subject_kind", .string, .required)
            .field("subject_plan_id", .uuid, .references(BusinessPlan.schema, "id"))
            .field("subject_strategy_id", .uuid, .references(Strategy.schema, "id"))
            .field("amount_pence", .int64, .required).field("wards", .string, .required).field("is_key", .bool, .required)
            .field("forward_plan_on", .string).field("expected_on", .string)
            .field("status", .string, .required).field("panel", .string)
            .field("deadline", .datetime).field("published_at", .datetime).field("decided_at", .datetime)
            .field("outcome", .string).field("changes", .string).field("further_alternatives", .string)
            .field("declarations", .string).field("dispensations", .string)
            .field("key_route", .string).field("exception_notice_on", .string)
            .field("urgency_reason", .string).field("urgency_agreed_by", .string)
            .field("effective_at", .datetime).field("scrutiny_recommendations", .string)
            .field("version", .int, .required)
            .unique(on: "council_id", "reference")
            .create()
    }

    private func createResponses(on database: Database) async throws {
        try await database.schema(NoticeConsultee.schema).id()
            .field("notice_id", .uuid, .required, .references(DecisionNotice.schema, "id"))
            .field("role", .string, .required)
            .field("person_id", .uuid, .references(Person.schema, "id"))
            .field("councillor_id", .uuid, .references(Councillor.schema, "id"))
            .field("name", .string, .required)
            .create()
        try await database.schema(NoticeRepresentation.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("notice_id", .uuid, .required, .references(DecisionNotice.schema, "id"))
            .field("name", .string, .required).field("text", .string, .required).field("made_at", .datetime, .required)
            .create()
        try await database.schema(MemberRequest.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("notice_id", .uuid, .required, .references(DecisionNotice.schema, "id"))
            .field("councillor_id", .uuid, .required, .references(Councillor.schema, "id"))
            .field("kind", .string, .required).field("made_at", .datetime, .required)
            .create()
        try await database.schema(NoticeEvent.schema).id()
            .field("notice_id", .uuid, .required, .references(DecisionNotice.schema, "id"))
            .field("step", .string, .required).field("at", .datetime, .required).field("note", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        for schema in [NoticeEvent.schema, MemberRequest.schema, NoticeRepresentation.schema,
                       NoticeConsultee.schema, DecisionNotice.schema] {
            try await database.schema(schema).delete()
        }
        for field in ["referral_threshold", "call_in_working_days", "key_decision_threshold_pence"] {
            try await database.schema(Council.schema).deleteField(FieldKey(stringLiteral: field)).update()
        }
    }
}
