import Fluent
import SQLKit

/// Each council's limit on Open311 requests a minute for each client.
struct AddOpen311Limit: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Council.schema)
            .field("open311_per_minute", .int, .required, .sql(.default(CouncilDefaults.open311RequestsPerMinute)))
            .update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Council.schema).deleteField("open311_per_minute").update()
    }
}
