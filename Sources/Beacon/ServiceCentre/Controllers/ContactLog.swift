import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// The one place contacts are written, whether an agent typed one or an import read thousands:
/// a batch goes in in one transaction, each contact unless its source already sent one with the
/// same id, and the day's rollups take exactly the contacts that went in.
enum ContactLog {
    /// A contact to write: the record, the service it concerned, and the customer when known.
    struct Entry: Sendable {
        var record: CallRecord
        var serviceCode: String
        var customerName: String? = nil
        var customerContact: String? = nil
        var notes: String? = nil
    }

    static let columns = ["council_id", "source", "source_id", "channel", "queue", "service", "agent", "arrived_at", "answered_at",
                          "ended_at", "outcome", "day", "customer_name", "customer_contact", "notes"]

    /// Writes the batch; returns how many went in (the rest were already there, or repeated
    /// within the batch).
    static func write(_ entries: [Entry], council: Council, source: String, on db: Database) async throws -> Int {
        let councilID = try council.requireID()
        var seen = Set<String>()
        let fresh = entries.filter { seen.insert($0.record.contactID).inserted }
        guard !fresh.isEmpty else { return 0 }
        let thresholds = council.measureThresholds, calendar = council.workingDays
        return try await db.transaction { tx in
            guard let sql = tx as? SQLDatabase else { throw Abort(.internalServerError, reason: "Contacts need an SQL database.") }
            var inserted = Set<String>()
            // 60 rows of 15 values a statement stays inside both databases' limits on bound values.
            for start in stride(from: 0, to: fresh.count, by: 60) {
                let insert = sql.insert(into: Contact.schema).columns(columns)
                for entry in fresh[start..<min(start + 60, fresh.count)] { insert.values(values(entry, council: councilID, source: source)) }
                let rows = try await insert.ignoringConflicts(with: ["council_id", "source", "source_id"]).returning("source_id").all()
                for row in rows { inserted.insert(try row.decode(column: "source_id", as: String.self)) }
            }
            var tallies: [ContactRollups.Key: ContactTally] = [:]
            for entry in fresh where inserted.contains(entry.record.contactID) {
                tallies[key(entry), default: ContactTally()].add(ContactTally(entry.record, thresholds: thresholds, calendar: calendar))
            }
            try await ContactRollups.add(tallies, council: councilID, on: sql)
            try await IndicatorFeeding.refresh(council: council, days: Set(tallies.keys.map(\.day)), on: tx)
            return inserted.count
        }
    }

    private static func key(_ entry: Entry) -> ContactRollups.Key {
        .init(day: UKTime.day(of: entry.record.arrived).iso, channel: entry.record.channel.rawValue, queue: entry.record.queue, service: entry.serviceCode)
    }

    private static func values(_ entry: Entry, council: UUID, source: String) -> [any Encodable & Sendable] {
        let record = entry.record
        return [council, source, record.contactID, record.channel.rawValue, record.queue, entry.serviceCode, record.agent, record.arrived,
                record.answered, record.ended, record.outcome.rawValue, UKTime.day(of: record.arrived).iso,
                entry.customerName, entry.customerContact, entry.notes]
    }
}
