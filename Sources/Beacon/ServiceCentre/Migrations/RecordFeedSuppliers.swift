import Fluent

/// Marks the indicators the service centre already feeds as supplied by it, from the day each
/// feed starts, for databases made before indicators kept their supplier.
struct RecordFeedSuppliers: AsyncMigration {
    func prepare(on database: Database) async throws {
        for feed in try await IndicatorFeed.query(on: database).all() {
            guard let indicator = try await Indicator.find(feed.indicatorID, on: database) else { continue }
            indicator.suppliedFrom = feed.fromDay.iso
            indicator.suppliedBy = IndicatorFeeding.supplier
            try await indicator.update(on: database)
        }
    }

    func revert(on database: Database) async throws {}
}
