import Fluent
import SQLKit

/// Services, contacts, their daily rollups, import runs, imported bank holiday files, and the
/// council's thresholds for the measures.
struct CreateServiceCentre: AsyncMigration {
    static let thresholdColumns: [(String, Int)] = [("short_abandon_seconds", 5), ("answer_within_seconds", 20), ("correspondence_working_days", 10),
                                                    ("service_level_target", 80), ("abandonment_target", 5), ("complaint_acknowledge", 5),
                                                    ("complaint_stage1", 10), ("complaint_stage1_extension", 10), ("complaint_stage2_acknowledge", 5),
                                                    ("complaint_stage2", 20), ("complaint_stage2_extension", 20)]

    func prepare(on database: Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        for (column, value) in Self.thresholdColumns {
            try await database.schema(Council.schema).field(FieldKey(stringLiteral: column), .int, .required, .sql(.default(value))).update()
        }
        try await database.schema(Service.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("code", .string, .required).field("name", .string, .required).field("group_name", .string, .required)
            .field("department_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("keywords", .string, .required).field("online", .bool, .required).field("questions", .string, .required)
            .field("standard_days", .int, .required).field("closed_on", .string).field("version", .int, .required)
            .unique(on: "council_id", "code")
            .create()
        try await createContacts(on: database)
        try await database.schema(ContactImportRun.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("source", .string, .required).field("file_name", .string, .required)
            .field("started_at", .datetime, .required).field("finished_at", .datetime)
            .field("total_rows", .int, .required).field("rows_read", .int, .required).field("inserted", .int, .required)
            .field("duplicates", .int, .required).field("rejected", .int, .required)
            .field("problems", .string, .required).field("failure", .string)
            .create()
        try await database.schema(IndicatorFeed.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("indicator_id", .uuid, .required, .references(Indicator.schema, "id"))
            .field("measure", .string, .required).field("channel", .string, .required).field("queue", .string, .required)
            .field("service", .string, .required).field("from_day", .string, .required).field("version", .int, .required)
            .unique(on: "indicator_id")
            .create()
        try await database.schema(BankHolidayImport.schema).id()
            .field("imported_at", .datetime, .required).field("first_year", .int, .required).field("last_year", .int, .required)
            .field("file", .data, .required)
            .create()
    }

    private func createContacts(on database: Database) async throws {
        try await database.schema(Contact.schema)
            .field("id", .int64, .identifier(auto: true))
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("source", .string, .required).field("source_id", .string, .required)
            .field("channel", .string, .required).field("queue", .string, .required).field("service", .string, .required)
            .field("agent", .string, .required)
            .field("arrived_at", .datetime, .required).field("answered_at", .datetime).field("ended_at", .datetime, .required)
            .field("outcome", .string, .required).field("day", .string, .required)
            .field("customer_name", .string).field("customer_contact", .string).field("notes", .string)
            .unique(on: "council_id", "source", "source_id")
            .create()
        let rollups = database.schema(ContactRollups.table)
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("day", .string, .required).field("channel", .string, .required)
            .field("queue", .string, .required).field("service", .string, .required)
            .unique(on: "council_id", "day", "channel", "queue", "service")
        for column in ContactRollups.tallyColumns { rollups.field(FieldKey(stringLiteral: column), .int64, .required) }
        try await rollups.create()
        guard let sql = database as? SQLDatabase else { return }
        try await sql.create(index: "contacts_by_day").on(Contact.schema).column("council_id").column("day").run()
    }

    func revert(on database: Database) async throws {
        for schema in [BankHolidayImport.schema, IndicatorFeed.schema, ContactImportRun.schema, ContactRollups.table, Contact.schema, Service.schema] {
            try await database.schema(schema).delete()
        }
        for (column, _) in Self.thresholdColumns {
            try await database.schema(Council.schema).deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
