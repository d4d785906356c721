import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// The service centre's measures kept ready: one row per council, UK day, channel, queue and
/// service holding the `ContactTally` of the contacts that arrived then, and the same per
/// month. `ContactLog` adds to both in the transaction that writes the contacts, so a period's
/// measures are a sum over a few hundred rows whatever the number of contacts: a year's is
/// twelve months' rows rather than 365 days'.
enum ContactRollups {
    static let table = "contact_rollups"
    static let keyColumns = ["council_id", "day", "channel", "queue", "service"]
    static let monthTable = "contact_month_rollups"
    static let monthKeyColumns = ["council_id", "month", "channel", "queue", "service"]
    static let tallyColumns = ["contacts", "short_abandons", "abandoned", "answered", "answered_within", "wait_ms", "longest_wait_ms",
                               "handling_ms", "resolved_first", "correspondence_answered", "correspondence_within", "correspondence_days"]

    /// Which rollup row a contact counts in.
    struct Key: Hashable, Sendable {
        let day: String
        let channel: String
        let queue: String
        let service: String
    }

    static func columns(_ tally: ContactTally) -> [Int] {
        [tally.contacts, tally.shortAbandons, tally.abandoned, tally.answered, tally.answeredWithin, tally.waitMillis, tally.longestWaitMillis,
         tally.handlingMillis, tally.resolvedFirst, tally.correspondenceAnswered, tally.correspondenceWithin, tally.correspondenceWorkingDays]
    }

    static func tally(_ columns: [Int]) -> ContactTally {
        var tally = ContactTally()
        (tally.contacts, tally.shortAbandons, tally.abandoned, tally.answered) = (columns[0], columns[1], columns[2], columns[3])
        (tally.answeredWithin, tally.waitMillis, tally.longestWaitMillis, tally.handlingMillis) = (columns[4], columns[5], columns[6], columns[7])
        (tally.resolvedFirst, tally.correspondenceAnswered) = (columns[8], columns[9])
        (tally.correspondenceWithin, tally.correspondenceWorkingDays) = (columns[10], columns[11])
        return tally
    }

    /// Adds tallies to the council's day and month rows, creating rows not there yet. Call it in
    /// the transaction that writes the contacts.
    static func add(_ tallies: [Key: ContactTally], council: UUID, on sql: SQLDatabase) async throws {
        try await upsert(tallies, council: council, into: table, keys: keyColumns, on: sql)
        try await upsert(months(of: tallies), council: council, into: monthTable, keys: monthKeyColumns, on: sql)
    }

    /// Day tallies summed by month: each key's day becomes its month, `2026-03`.
    static func months(of days: [Key: ContactTally]) -> [Key: ContactTally] {
        var months: [Key: ContactTally] = [:]
        for (key, tally) in days {
            months[Key(day: String(key.day.prefix(7)), channel: key.channel, queue: key.queue, service: key.service), default: ContactTally()].add(tally)
        }
        return months
    }

    /// How a tally column takes in a new row's: summed, but the longest wait is the larger.
    static func merged(_ column: String, in table: String, larger: String) -> String {
        column == "longest_wait_ms" ? "\(larger)(\(table).\(column), EXCLUDED.\(column))" : "\(table).\(column) + EXCLUDED.\(column)"
    }

    /// The upsert of one row into `table`, with a `?` per key and tally column, for prepared
    /// statements.
    static func upsertSQL(into table: String, keys: [String], larger: String) -> String {
        let placeholders = Array(repeating: "?", count: keys.count + tallyColumns.count).joined(separator: ", ")
        let sets = tallyColumns.map { "\($0) = \(merged($0, in: table, larger: larger))" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\((keys + tallyColumns).joined(separator: ", "))) VALUES (\(placeholders)) "
            + "ON CONFLICT (\(keys.joined(separator: ", "))) DO UPDATE SET \(sets)"
    }

    private static func upsert(_ tallies: [Key: ContactTally], council: UUID, into table: String, keys: [String], on sql: SQLDatabase) async throws {
        let larger = sql.dialect.name == "postgresql" ? "GREATEST" : "MAX"
        let rows = tallies.map { key, tally -> [any Encodable & Sendable] in
            [council, key.day, key.channel, key.queue, key.service] + columns(tally)
        }
        // 200 rows of 17 values stay well inside both databases' limits on bound values.
        for start in stride(from: 0, to: rows.count, by: 200) {
            let insert = sql.insert(into: table).columns(keys + tallyColumns)
            for row in rows[start..<min(start + 200, rows.count)] { insert.values(row) }
            try await insert.onConflict(with: keys) { update in
                    for column in tallyColumns { update.set(SQLColumn(column), to: SQLRaw(merged(column, in: table, larger: larger))) }
                    return update
                }
                .run()
        }
    }

    /// Works every council's month rows out from the day rows: for the migration that added them.
    static func fillMonths(on sql: SQLDatabase) async throws {
        let sums = tallyColumns.map { $0 == "longest_wait_ms" ? "MAX(\($0))" : "SUM(\($0))" }.joined(separator: ", ")
        try await sql.raw("""
            INSERT INTO \(unsafeRaw: monthTable) (\(unsafeRaw: (monthKeyColumns + tallyColumns).joined(separator: ", ")))
            SELECT council_id, substr(day, 1, 7), channel, queue, service, \(unsafeRaw: sums) FROM \(unsafeRaw: table)
            GROUP BY council_id, substr(day, 1, 7), channel, queue, service
            """).run()
    }
}

extension ContactRollups {
    /// Works the council's rollups out again from its contacts, after its thresholds change, so
    /// every figure stays exact under the new thresholds.
    static func rebuild(council: Council, on db: Database) async throws {
        let councilID = try council.requireID()
        try await db.write { tx in
            guard let sql = tx as? SQLDatabase else { return }
            try await sql.delete(from: table).where("council_id", .equal, councilID).run()
            try await sql.delete(from: monthTable).where("council_id", .equal, councilID).run()
            let sources = try await ContactSource.numbers(council: councilID, on: tx)
            var after = 0
            while true {
                let page = try await Contact.query(on: tx).filter(\.$sourceNumber ~~ sources).filter(\.$id > after)
                    .sort(\.$id).limit(10_000).all()
                guard let last = page.last?.id else { break }
                var tallies: [Key: ContactTally] = [:]
                for contact in page { tallies[contact.rollupKey, default: ContactTally()].add(contact.tally(for: council)) }
                try await add(tallies, council: councilID, on: sql)
                after = last
            }
            for feed in try await IndicatorFeed.query(on: tx).filter(\.$councilID == councilID).all() {
                try await IndicatorFeeding.refreshAll(feed, council: council, on: tx)
            }
        }
    }
}
