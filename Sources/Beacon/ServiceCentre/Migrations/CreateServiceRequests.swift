import Fluent

/// Service requests and their dated updates.
struct CreateServiceRequests: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(ServiceRequest.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("reference", .string, .required)
            .field("service_id", .uuid, .required, .references(Service.schema, "id"))
            .field("department_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("description", .string, .required).field("answers", .string, .required)
            .field("address", .string).field("latitude", .double).field("longitude", .double)
            .field("reporter_name", .string).field("reporter_email", .string).field("reporter_phone", .string)
            .field("status", .string, .required).field("raised_at", .datetime, .required).field("raised_on", .string, .required)
            .field("due_on", .string, .required).field("closed_on", .string).field("within_standard", .bool)
            .field("raised_via", .string, .required).field("contact_id", .int64).field("version", .int, .required)
            .unique(on: "council_id", "reference")
            .create()
        try await database.schema(RequestUpdate.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("request_id", .uuid, .required, .references(ServiceRequest.schema, "id"))
            .field("status", .string, .required).field("note", .string, .required)
            .field("by", .string, .required).field("at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(RequestUpdate.schema).delete()
        try await database.schema(ServiceRequest.schema).delete()
    }
}
