import Fluent

/// Who supplies an indicator's actuals when people do not, kept on the indicator itself so that
/// Indicators need not ask the service centre whether a value may be typed.
struct AddIndicatorSuppliers: AsyncMigration {
    func prepare(on database: Database) async throws {
        // One column at a time: SQLite adds one per ALTER TABLE.
        try await database.schema(Indicator.schema).field("supplied_from", .string).update()
        try await database.schema(Indicator.schema).field("supplied_by", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Indicator.schema).deleteField("supplied_by").update()
        try await database.schema(Indicator.schema).deleteField("supplied_from").update()
    }
}
