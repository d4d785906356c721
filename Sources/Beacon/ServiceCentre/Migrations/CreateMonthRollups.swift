import Fluent
import SQLKit

/// Month rollups beside the day rollups, so a year's measures sum twelve rows a group rather
/// than 365; filled from the day rows already there.
struct CreateMonthRollups: AsyncMigration {
    func prepare(on database: Database) async throws {
        let months = database.schema(ContactRollups.monthTable)
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("month", .string, .required).field("channel", .string, .required)
            .field("queue", .string, .required).field("service", .string, .required)
            .unique(on: "council_id", "month", "channel", "queue", "service")
        for column in ContactRollups.tallyColumns { months.field(FieldKey(stringLiteral: column), .int64, .required) }
        try await months.create()
        guard let sql = database as? SQLDatabase else { return }
        try await ContactRollups.fillMonths(on: sql)
    }

    func revert(on database: Database) async throws {
        try await database.schema(ContactRollups.monthTable).delete()
    }
}
