import Fluent

/// Users, API keys, sign-in failures and the audit trail.
struct CreateAccessTables: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("unit_id", .uuid, .references(Unit.schema, "id"))
            .field("person_id", .uuid, .references(Person.schema, "id"))
            .field("councillor_id", .uuid, .references(Councillor.schema, "id"))
            .field("closed_on", .string)
            .field("version", .int, .required)
            .unique(on: "email")
            .create()
        try await database.schema(APIKey.schema)
            .id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("prefix", .string, .required)
            .field("key_hash", .string, .required)
            .field("created_at", .datetime)
            .field("revoked_at", .datetime)
            .field("version", .int, .required)
            .unique(on: "key_hash")
            .create()
        try await database.schema(SignInFailure.schema)
            .id()
            .field("email", .string, .required)
            .field("failures", .int, .required)
            .field("last_failure_at", .datetime, .required)
            .unique(on: "email")
            .create()
        try await database.schema(AuditEntry.schema)
            .id()
            .field("council_id", .uuid)
            .field("user_id", .uuid)
            .field("api_key_id", .uuid)
            .field("actor_label", .string, .required)
            .field("change", .string, .required)
            .field("record_type", .string, .required)
            .field("record_id", .uuid, .required)
            .field("record_title", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        for schema in [AuditEntry.schema, SignInFailure.schema, APIKey.schema, User.schema] {
            try await database.schema(schema).delete()
        }
    }
}
