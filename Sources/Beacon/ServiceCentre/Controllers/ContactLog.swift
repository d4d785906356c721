import BeaconDomain
import Fluent
import FluentSQLiteDriver
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
            let inserted = if let sqlite = tx as? SQLiteDatabase {
                try await insert(fresh, council: councilID, source: source, on: sqlite)
            } else {
                try await insert(fresh, council: councilID, source: source, on: sql)
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

    /// Inserts the entries not already there; returns the ids of those that went in.
    private static func insert(_ entries: [Entry], council: UUID, source: String, on sql: SQLDatabase) async throws -> Set<String> {
        var inserted = Set<String>()
        // 2,000 rows of 15 values a statement stays inside PostgreSQL's 65,535 bound values.
        for start in stride(from: 0, to: entries.count, by: 2_000) {
            let insert = sql.insert(into: Contact.schema).columns(columns)
            for entry in entries[start..<min(start + 2_000, entries.count)] { insert.values(values(entry, council: council, source: source)) }
            let rows = try await insert.ignoringConflicts(with: ["council_id", "source", "source_id"]).returning("source_id").all()
            for row in rows { inserted.insert(try row.decode(column: "source_id", as: String.self)) }
        }
        return inserted
    }

    /// As the SQL version, for SQLite: values bound directly into statements of up to 2,000 rows
    /// (SQLite takes 32,766 values), skipping SQLKit's statement building and encoding, which
    /// took longer than SQLite's own work on big imports.
    private static func insert(_ entries: [Entry], council: UUID, source: String, on sqlite: SQLiteDatabase) async throws -> Set<String> {
        var inserted = Set<String>()
        // Encoded as Fluent encodes it, so the council's queries find the rows.
        let councilData = try SQLiteDataEncoder().encode(council)
        for start in stride(from: 0, to: entries.count, by: 2_000) {
            let rows = entries[start..<min(start + 2_000, entries.count)]
            var binds: [SQLiteData] = []
            binds.reserveCapacity(rows.count * columns.count)
            for entry in rows { binds += sqliteValues(entry, council: councilData, source: source) }
            let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
            let statement = "INSERT INTO \(Contact.schema) (\(columns.joined(separator: ","))) VALUES "
                + Array(repeating: placeholders, count: rows.count).joined(separator: ",")
                + " ON CONFLICT (council_id, source, source_id) DO NOTHING RETURNING source_id"
            for row in try await sqlite.query(statement, binds) {
                if let id = row.column("source_id")?.string { inserted.insert(id) }
            }
        }
        return inserted
    }

    private static func sqliteValues(_ entry: Entry, council: SQLiteData, source: String) -> [SQLiteData] {
        let record = entry.record
        func text(_ value: String?) -> SQLiteData { value.map { .text($0) } ?? .null }
        func time(_ value: Date?) -> SQLiteData { value?.sqliteData ?? .null }
        return [council, text(source), text(record.contactID), text(record.channel.rawValue), text(record.queue), text(entry.serviceCode),
                text(record.agent), time(record.arrived), time(record.answered), time(record.ended), text(record.outcome.rawValue),
                text(UKTime.day(of: record.arrived).iso), text(entry.customerName), text(entry.customerContact), text(entry.notes)]
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
