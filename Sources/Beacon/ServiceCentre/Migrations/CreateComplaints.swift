import Fluent

/// Complaints and the dates of their stages.
struct CreateComplaints: AsyncMigration {
    func prepare(on database: Database) async throws {
        let schema = database.schema(Complaint.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("reference", .string, .required).field("complainant_name", .string, .required).field("complainant_contact", .string)
            .field("service_id", .uuid, .references(Service.schema, "id"))
            .field("unit_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("about", .string, .required).field("received_on", .string, .required)
            .field("remedy", .string, .required).field("learning", .string, .required).field("version", .int, .required)
            .field("stage1_extension_days", .int).field("stage2_extension_days", .int)
            .unique(on: "council_id", "reference")
        for column in ["acknowledged_on", "stage1_extension_reason", "stage1_responded_on", "stage1_outcome", "escalated_on", "stage2_acknowledged_on",
                       "stage2_extension_reason", "stage2_responded_on", "stage2_outcome", "ombudsman_referred_on", "ombudsman_outcome", "ombudsman_decision"] {
            schema.field(FieldKey(stringLiteral: column), .string)
        }
        try await schema.create()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Complaint.schema).delete()
    }
}
