import BeaconDomain
import Fluent
import SQLKit

/// Each council's open data licence, the Open Government Licence unless it chooses another.
struct AddDataLicence: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Council.schema)
            .field("data_licence", .string, .required,
                   .sql(.default(DataLicence.openGovernment.rawValue)))
            .update()
    }

    func revert(on database: Database) async throws {
        try await database.schema(Council.schema).deleteField("data_licence").update()
    }
}
