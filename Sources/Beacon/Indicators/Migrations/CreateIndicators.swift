import Fluent
import SQLKit

/// Indicators, their revisions, targets and values, and the council settings that judge them.
struct CreateIndicators: AsyncMigration {
    func prepare(on database: Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        try await database.schema(Council.schema).field("value_due_working_days", .int, .required, .sql(.default(10))).update()
        try await database.schema(Council.schema).field("escalation_working_days", .int, .required, .sql(.default(5))).update()
        try await database.schema(Council.schema).field("no_change_margin", .string, .required, .sql(.default("1"))).update()
        try await database.schema(Indicator.schema)
            .id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("code", .string, .required)
            .field("title", .string, .required)
            .field("purpose", .string, .required)
            .field("definition", .string, .required)
            .field("scope", .string, .required)
            .field("national_code", .string)
            .field("unit", .string, .required)
            .field("decimal_places", .int, .required)
            .field("polarity", .string, .required)
            .field("frequency", .string, .required)
            .field("reporting_officer_id", .uuid, .references("people", "id"))
            .field("owning_unit_id", .uuid, .required, .references("units", "id"))
            .field("data_source", .string, .required)
            .field("formula", .string)
            .field("priority_id", .uuid, .references(StrategicPriority.schema, "id"))
            .field("first_year", .int, .required)
            .field("revision", .int, .required)
            .field("closed_on", .string)
            .field("version", .int, .required)
            .unique(on: "council_id", "code")
            .create()
        try await database.schema(IndicatorRevision.schema)
            .id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("indicator_id", .uuid, .required, .references(Indicator.schema, "id"))
            .field("revision", .int, .required)
            .field("starts_on", .string, .required)
            .field("definition", .string, .required)
            .field("recorded_by", .string, .required)
            .unique(on: "indicator_id", "revision")
            .create()
        try await createTargetsAndValues(on: database)
    }

    private func createTargetsAndValues(on database: Database) async throws {
        try await database.schema(IndicatorTarget.schema)
            .id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("indicator_id", .uuid, .required, .references(Indicator.schema, "id"))
            .field("period", .string, .required)
            .field("period_start", .string, .required)
            .field("value", .string, .required)
            .field("high", .string)
            .field("tolerance", .string)
            .field("set_by", .string, .required)
            .field("version", .int, .required)
            .unique(on: "indicator_id", "period")
            .create()
        try await database.schema(IndicatorValue.schema)
            .id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("indicator_id", .uuid, .required, .references(Indicator.schema, "id"))
            .field("period", .string, .required)
            .field("period_start", .string, .required)
            .field("kind", .string, .required)
            .field("value", .string)
            .field("missing_reason", .string)
            .field("commentary", .string)
            .field("calculation_note", .string)
            .field("revision", .int, .required)
            .field("entered_by", .string, .required)
            .field("entered_at", .datetime, .required)
            .field("verified_by", .string)
            .field("verified_at", .datetime)
            .field("restatement_reason", .string)
            .field("status", .string)
            .field("judged_tolerance", .string)
            .field("version", .int, .required)
            .unique(on: "indicator_id", "period", "kind")
            .create()
        if let sql = database as? SQLDatabase {
            try await sql.create(index: "indicator_values_council_period").on(IndicatorValue.schema).column("council_id").column("period").run()
        }
    }

    func revert(on database: Database) async throws {
        for schema in [IndicatorValue.schema, IndicatorTarget.schema, IndicatorRevision.schema, Indicator.schema] {
            try await database.schema(schema).delete()
        }
        for field in ["value_due_working_days", "escalation_working_days", "no_change_margin"] {
            try await database.schema(Council.schema).deleteField(FieldKey(stringLiteral: field)).update()
        }
    }
}
