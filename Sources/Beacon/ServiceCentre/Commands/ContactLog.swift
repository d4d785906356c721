import BeaconDomain
import Fluent
import SQLKit
import SQLiteNIO
import Vapor

/// The one place contacts are written through Fluent, whether an agent typed one or an import
/// read thousands into PostgreSQL: a batch goes in in one transaction, each contact unless its
/// source already sent one with the same id, and the rollups take exactly the contacts that
/// went in. `ContactBulkLog` does the same for imports into an SQLite file.
enum ContactLog {
    /// A contact to write: the record, the service it concerned, and the customer when known.
    struct Entry: Sendable {
        let record: CallRecord
        let serviceCode: String
        var customerName: String?
        var customerContact: String?
        var notes: String?
        /// The UK day it arrived on, `2026-03-02`: worked out once, as imports need it thrice.
        let day: String

        init(record: CallRecord, serviceCode: String, customerName: String? = nil, customerContact: String? = nil, notes: String? = nil) {
            (self.record, self.serviceCode, self.customerName, self.customerContact, self.notes) = (record, serviceCode, customerName, customerContact, notes)
            day = UKTime.day(of: record.arrived).iso
        }

        /// An imported contact, its day found by the import's reader of days.
        init(record: CallRecord, serviceCode: String, days: inout UKDayReader) {
            (self.record, self.serviceCode) = (record, serviceCode)
            day = days.day(of: record.arrived).iso
        }

        /// Which rollup row it counts in.
        var rollupKey: ContactRollups.Key {
            .init(day: day, channel: record.channel.rawValue, queue: record.queue, service: serviceCode)
        }
    }

    static let columns = ["source_number", "source_id", "channel", "queue", "service", "agent", "arrived_at", "answered_at", "ended_at",
                          "outcome", "day", "customer_name", "customer_contact", "notes"]

    /// Writes the batch; returns how many went in (the rest were already there, or repeated
    /// within the batch). The fed indicators are refreshed in the same transaction, unless the
    /// caller (an import) refreshes them once when all its batches are in.
    static func write(_ entries: [Entry], council: Council, source: String, refreshingFeeds: Bool = true,
                      on db: Database) async throws -> Int {
        let councilID = try council.requireID()
        var seen = Set<String>()
        let fresh = entries.filter { seen.insert($0.record.contactID).inserted }
        guard !fresh.isEmpty else { return 0 }
        let thresholds = council.measureThresholds, calendar = council.workingDays
        let number = try await ContactSource.number(council: councilID, name: source, on: db)
        return try await db.write { tx in
            guard let sql = tx as? SQLDatabase else { throw Abort(.internalServerError, reason: "Contacts need an SQL database.") }
            let inserted = if let sqlite = tx as? SQLiteDatabase {
                try await insert(fresh, source: number, on: sqlite)
            } else {
                try await insert(fresh, source: number, on: sql)
            }
            var tallies: [ContactRollups.Key: ContactTally] = [:]
            for entry in fresh where inserted.contains(entry.record.contactID) {
                tallies[entry.rollupKey, default: ContactTally()].add(ContactTally(entry.record, thresholds: thresholds, calendar: calendar))
            }
            try await ContactRollups.add(tallies, council: councilID, on: sql)
            // Contacts are not audited one by one, but the measures drawn from them change.
            if !tallies.isEmpty { try await DataVersion.bump(council: councilID, on: tx) }
            if refreshingFeeds {
                try await IndicatorFeeding.refresh(council: council, days: Set(tallies.keys.map(\.day)), on: tx)
            }
            return inserted.count
        }
    }

    /// Inserts the entries not already there; returns the ids of those that went in.
    private static func insert(_ entries: [Entry], source: Int, on sql: SQLDatabase) async throws -> Set<String> {
        var inserted = Set<String>()
        // 2,000 rows of 14 values a statement stays inside PostgreSQL's 65,535 bound values.
        for start in stride(from: 0, to: entries.count, by: 2_000) {
            let insert = sql.insert(into: Contact.schema).columns(columns)
            for entry in entries[start..<min(start + 2_000, entries.count)] { insert.values(values(entry, source: source)) }
            let rows = try await insert.ignoringConflicts(with: ["source_number", "source_id"]).returning("source_id").all()
            for row in rows { inserted.insert(try row.decode(column: "source_id", as: String.self)) }
        }
        return inserted
    }

    /// As the SQL version, for SQLite: values bound directly into statements of up to 2,000 rows
    /// (SQLite takes 32,766 values): the demo's year of contacts, written in the demo's one
    /// transaction, and the agent form's.
    private static func insert(_ entries: [Entry], source: Int, on sqlite: SQLiteDatabase) async throws -> Set<String> {
        var inserted = Set<String>()
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        for start in stride(from: 0, to: entries.count, by: 2_000) {
            let rows = entries[start..<min(start + 2_000, entries.count)]
            let statement = "INSERT INTO \(Contact.schema) (\(columns.joined(separator: ","))) VALUES "
                + Array(repeating: placeholders, count: rows.count).joined(separator: ",")
                + " ON CONFLICT (source_number, source_id) DO NOTHING RETURNING source_id"
            for row in try await sqlite.query(statement, rows.flatMap { sqliteValues($0, source: source) }) {
                if let id = row.column("source_id")?.string { inserted.insert(id) }
            }
        }
        return inserted
    }

    /// A row's values in the order of `columns`, for SQLKit.
    static func values(_ entry: Entry, source: Int) -> [any Encodable & Sendable] {
        let record = entry.record
        return [source, record.contactID, record.channel.rawValue, record.queue, entry.serviceCode, record.agent, record.arrived,
                record.answered, record.ended, record.outcome.rawValue, entry.day, entry.customerName, entry.customerContact, entry.notes]
    }

    /// The same values bound straight into SQLite, skipping SQLKit's encoding, which took longer
    /// than SQLite's own work on big batches. Times as Fluent stores them.
    static func sqliteValues(_ entry: Entry, source: Int) -> [SQLiteData] {
        let record = entry.record
        func text(_ value: String?) -> SQLiteData { value.map { .text($0) } ?? .null }
        func time(_ value: Date?) -> SQLiteData { value?.sqliteData ?? .null }
        return [.integer(source), .text(record.contactID), .text(record.channel.rawValue), .text(record.queue), .text(entry.serviceCode),
                .text(record.agent), time(record.arrived), time(record.answered), time(record.ended), .text(record.outcome.rawValue),
                .text(entry.day), text(entry.customerName), text(entry.customerContact), text(entry.notes)]
    }
}
