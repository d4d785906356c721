import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// A council's data catalogue: every dataset, when the audit trail last saw it change, and the
/// licence the council publishes under.
struct DataCatalogue: Sendable {
    struct Entry: Sendable {
        let dataset: OpenDataset
        /// The latest change to a record the dataset is made from; nil if none was recorded.
        let lastUpdated: Date?
    }

    let councilName: String
    let slug: String
    let licence: DataLicence
    let entries: [Entry]

    static func load(_ view: CouncilView, on db: Database) async throws -> DataCatalogue {
        let changes = try await lastChanges(council: view.councilID, on: db)
        let entries = OpenDataset.allCases.map { dataset in
            Entry(dataset: dataset, lastUpdated: dataset.recordTypes.compactMap { changes[$0] }.max())
        }
        return DataCatalogue(councilName: view.council.name, slug: view.slug, licence: view.council.dataLicence,
                             entries: entries)
    }

    /// The latest audit entry of each kind of record, read as one grouped query.
    private static func lastChanges(council: UUID, on db: Database) async throws -> [String: Date] {
        let rows = try await db.sql.select()
            .column("record_type").column(SQLFunction("MAX", args: SQLColumn("at")), as: "latest")
            .from(AuditEntry.schema)
            .where("council_id", .equal, council)
            .where("record_type", .in, OpenDataset.allCases.flatMap(\.recordTypes))
            .groupBy("record_type").all()
        var latest: [String: Date] = [:]
        for row in rows {
            latest[try row.decode(column: "record_type", as: String.self)] = try row.decode(column: "latest",
                as: Date.self)
        }
        return latest
    }
}
