import Fluent
import SQLKit

/// Strategies, business plans and their sections, and the council settings that judge them.
struct CreatePlans: AsyncMigration {
    func prepare(on database: Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        try await database.schema(Council.schema).field("risk_scale", .int, .required, .sql(.default(4))).update()
        try await database.schema(Council.schema).field("on_track_percent", .int, .required, .sql(.default(90))).update()
        try await database.schema(Council.schema).field("off_track_percent", .int, .required, .sql(.default(70))).update()
        try await database.schema(StrategicPriority.schema).field("number", .int, .required, .sql(.default(0))).update()
        try await database.schema(StrategicPriority.schema).field("objectives", .string, .required, .sql(.default(""))).update()
        try await createStrategiesAndPlans(on: database)
        try await createSections(on: database)
        try await createActions(on: database)
    }

    private func createStrategiesAndPlans(on database: Database) async throws {
        try await database.schema(Strategy.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("title", .string, .required).field("is_corporate", .bool, .required)
            .field("first_year", .int, .required).field("last_year", .int, .required)
            .field("owner", .string, .required).field("approved_by", .string, .required)
            .field("cadence", .string, .required).field("summary", .string, .required)
            .field("closed_on", .string).field("version", .int, .required)
            .create()
        try await database.schema(BusinessPlan.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("unit_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("year", .int, .required).field("horizon_end", .int, .required)
            .field("status", .string, .required).field("revision", .int, .required).field("published_revision", .int)
            .field("description", .string, .required).field("core_activities", .string, .required)
            .field("staffing", .string, .required).field("indicator_ids", .array(of: .uuid), .required)
            .field("previous_plan_id", .uuid).field("version", .int, .required)
            .unique(on: "unit_id", "year")
            .create()
        try await database.schema(PlanRevision.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("plan_id", .uuid, .required, .references(BusinessPlan.schema, "id"))
            .field("revision", .int, .required).field("approved_by", .string, .required)
            .field("approved_on", .string, .required).field("published_on", .string)
            .field("document", .string, .required)
            .unique(on: "plan_id", "revision")
            .create()
    }

    private func createSections(on database: Database) async throws {
        try await planTable(PlanPriorityLink.schema, on: database)
            .field("priority_id", .uuid, .required, .references(StrategicPriority.schema, "id"))
            .field("responsibility", .string, .required)
            .unique(on: "plan_id", "priority_id")
            .create()
        try await planTable(PlanDevelopment.schema, on: database)
            .field("position", .int, .required).field("starts", .string, .required).field("development", .string, .required)
            .field("in_response_to", .string, .required).field("outcome", .string, .required).field("contribution", .string, .required)
            .create()
        try await planTable(BudgetLine.schema, on: database)
            .field("activity", .string, .required).field("year", .int, .required).field("kind", .string, .required)
            .field("expenditure_pence", .int64, .required).field("income_pence", .int64, .required)
            .field("fte_hundredths", .int, .required).field("notes", .string, .required)
            .unique(on: "plan_id", "activity", "year", "kind")
            .create()
        try await planTable(PlanConsultation.schema, on: database)
            .field("title", .string, .required).field("method", .string, .required).field("completion_on", .string, .required)
            .field("purpose", .string, .required).field("feedback_use", .string, .required)
            .field("expected_outcome", .string, .required).field("outcome", .string, .required)
            .field("responses", .int).field("indicator_id", .uuid, .references(Indicator.schema, "id"))
            .field("action_ids", .array(of: .uuid), .required)
            .create()
        try await planTable(PlanRisk.schema, on: database)
            .field("position", .int, .required).field("element", .string, .required).field("area", .string, .required)
            .field("owner", .string, .required).field("likelihood", .int, .required).field("impact", .int, .required)
            .field("target_score", .int, .required).field("review_on", .string, .required).field("status", .string, .required)
            .field("priority_id", .uuid, .references(StrategicPriority.schema, "id"))
            .create()
        try await database.schema(RiskReview.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("risk_id", .uuid, .required, .references(PlanRisk.schema, "id", onDelete: .cascade))
            .field("reviewed_on", .string, .required).field("likelihood", .int, .required).field("impact", .int, .required)
            .field("note", .string, .required).field("reviewer", .string, .required)
            .create()
    }

    private func createActions(on database: Database) async throws {
        try await planTable(PlanAction.schema, on: database)
            .field("position", .int, .required).field("scope", .string, .required).field("theme", .string, .required)
            .field("objective", .string, .required).field("linked_to", .string, .required)
            .field("strategy_id", .uuid, .references(Strategy.schema, "id"))
            .field("activity", .string, .required).field("target", .string, .required)
            .field("starts_on", .string).field("due_on", .string).field("outcome", .string, .required)
            .field("officer_days", .string).field("cost_pence", .int64).field("owner", .string, .required)
            .field("status", .string, .required).field("percent", .int, .required)
            .field("priority_id", .uuid, .references(StrategicPriority.schema, "id"))
            .field("risk_id", .uuid, .references(PlanRisk.schema, "id", onDelete: .setNull))
            .field("indicator_ids", .array(of: .uuid), .required)
            .create()
        try await database.schema(ActionUpdate.schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("action_id", .uuid, .required, .references(PlanAction.schema, "id", onDelete: .cascade))
            .field("on", .string, .required).field("percent", .int, .required).field("status", .string, .required)
            .field("override_reason", .string).field("commentary", .string, .required).field("author", .string, .required)
            .create()
    }

    /// A table of rows that belong to one plan, with its council and a version for safe edits.
    private func planTable(_ schema: String, on database: Database) -> SchemaBuilder {
        database.schema(schema).id()
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("plan_id", .uuid, .required, .references(BusinessPlan.schema, "id", onDelete: .cascade))
            .field("version", .int, .required)
    }

    func revert(on database: Database) async throws {
        for schema in [ActionUpdate.schema, PlanAction.schema, RiskReview.schema, PlanRisk.schema, PlanConsultation.schema,
                       BudgetLine.schema, PlanDevelopment.schema, PlanPriorityLink.schema, PlanRevision.schema,
                       BusinessPlan.schema, Strategy.schema] {
            try await database.schema(schema).delete()
        }
        for field in ["number", "objectives"] {
            try await database.schema(StrategicPriority.schema).deleteField(FieldKey(stringLiteral: field)).update()
        }
        for field in ["risk_scale", "on_track_percent", "off_track_percent"] {
            try await database.schema(Council.schema).deleteField(FieldKey(stringLiteral: field)).update()
        }
    }
}
