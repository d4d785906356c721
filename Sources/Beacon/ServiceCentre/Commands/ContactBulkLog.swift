import BeaconDomain
import Fluent
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Contacts written in bulk into an SQLite file, for imports: as `ContactLog`, a
/// batch goes in in one transaction with exactly the rollups of the contacts that went in, but
/// through Beacon's own connection to the file (`SQLiteFile`), with each statement prepared once.
/// A contact is inserted unless its source already sent its id; SQLite's count of rows changed
/// says which went in.
///
/// Indicators fed from the rollups are refreshed by `refreshFeeds`, through Fluent, for every
/// day the import named, once its batches are in: an import killed part-way leaves them as they
/// were until it is run again. Never use it inside a Fluent transaction: its connection would wait
/// for the transaction's lock, and the transaction for it.
final class ContactBulkLog: @unchecked Sendable {
    // Unchecked: the file's connection and statements are used by one thread at a time, as
    // `write` is awaited before the next batch is written.
    private let file: SQLiteFile
    private let insertContact: SQLiteFile.Statement
    private let addToDays: SQLiteFile.Statement
    private let addToMonths: SQLiteFile.Statement
    private let bumpVersion: SQLiteFile.Statement
    private let council: Council
    private let councilValue: SQLiteData
    private let source: Int

    private init(path: String, council: Council, source: Int) throws {
        file = try SQLiteFile(path: path)
        // A bigger page cache keeps the unique index's pages at hand on imports of millions.
        try file.execute("PRAGMA cache_size = -65536")
        // Commits need not wait for the disk: a batch is reported done only once the import's
        // run is saved through Fluent, whose commit syncs the write-ahead log, earlier batches'
        // frames with it. A killed process loses no commit either way.
        try file.execute("PRAGMA synchronous = NORMAL")
        // Checkpoints, which copy the log into the database and wait for the disk twice, every
        // 40 MB of log or more: SQLite's default, 1,000 pages, is 4 MB in a file of 4 KB pages
        // (64 MB in Beacon's 64 KB). Fewer waits for the same copying.
        try file.execute("PRAGMA wal_autocheckpoint = \(max(1_000, (40 << 20) / file.integer("PRAGMA page_size")))")
        let placeholders = Array(repeating: "?", count: ContactLog.columns.count).joined(separator: ", ")
        insertContact = try file.prepare("INSERT INTO \(Contact.schema) (\(ContactLog.columns.joined(separator: ", "))) VALUES (\(placeholders)) "
                                         + "ON CONFLICT (source_number, source_id) DO NOTHING")
        addToDays = try file.prepare(ContactRollups.upsertSQL(into: ContactRollups.table, keys: ContactRollups.keyColumns, larger: "MAX"))
        addToMonths = try file.prepare(ContactRollups.upsertSQL(into: ContactRollups.monthTable, keys: ContactRollups.monthKeyColumns, larger: "MAX"))
        bumpVersion = try file.prepare(DataVersion.bumpSQL)
        self.council = council
        // Encoded as Fluent encodes it, so the council's queries find the rollups.
        councilValue = try SQLiteDataEncoder().encode(council.requireID())
        self.source = source
    }

    /// A bulk log for the council's source, or nil when the database is not an SQLite file.
    static func open(council: Council, source: String, on db: Database) async throws -> ContactBulkLog? {
        guard db is SQLiteDatabase, let sql = db as? SQLDatabase,
              let path = try await sql.raw("SELECT file FROM pragma_database_list WHERE name = 'main'").first()?
                  .decode(column: "file", as: String.self), !path.isEmpty
        else { return nil }
        let number = try await ContactSource.number(council: council.requireID(), name: source, on: db)
        return try ContactBulkLog(path: path, council: council, source: number)
    }

    /// A batch made ready for `write`: its rows laid out for SQLite, and what each adds to the
    /// rollups. Made on the reader's thread while the batch before is written.
    struct Prepared: Sendable {
        fileprivate let rows: SQLiteRows
        fileprivate let rollups: [Rollup]
    }

    func prepare(_ entries: [ContactLog.Entry]) -> Prepared {
        let thresholds = council.measureThresholds, calendar = council.workingDays
        var rows = SQLiteRows(width: ContactLog.columns.count, reservingRows: entries.count)
        for entry in entries { rows.append(ContactLog.sqliteValues(entry, source: source)) }
        let rollups = entries.map { Rollup(key: $0.rollupKey, tally: ContactTally($0.record, thresholds: thresholds, calendar: calendar)) }
        return Prepared(rows: rows, rollups: rollups)
    }

    /// Writes the batch on a thread of the thread pool; returns how many went in (the rest were
    /// already there, or repeated within the batch).
    func write(_ batch: Prepared) async throws -> Int {
        // In the queue of this process's writers, so a save made during an import waits for the
        // batch rather than finding the file locked. The time is read here: the clock is the
        // task's, and the pool's thread is outside the task.
        let now = try SQLiteDataEncoder().encode(BeaconClock.current.now())
        return try await WriteGate.shared.run {
            try await NIOThreadPool.singleton.runIfActive { try self.writeNow(batch, at: now) }
        }
    }

    /// What one contact adds to the rollups.
    fileprivate struct Rollup: Sendable {
        let key: ContactRollups.Key
        let tally: ContactTally
    }

    // The rollups are summed here rather than by the reader, which is the busier thread.
    private func writeNow(_ batch: Prepared, at now: SQLiteData) throws -> Int {
        try file.transaction {
            let changes = try insertContact.run(each: batch.rows)
            var days: [ContactRollups.Key: ContactTally] = [:], inserted = 0
            for (rollup, changed) in zip(batch.rollups, changes) where changed == 1 {
                days[rollup.key, default: ContactTally()].add(rollup.tally)
                inserted += 1
            }
            try add(days, with: addToDays)
            try add(ContactRollups.months(of: days), with: addToMonths)
            // As `ContactLog` does: the measures drawn from the contacts changed.
            if inserted > 0 { try bumpVersion.run([councilValue, now]) }
            return inserted
        }
    }

    private func add(_ tallies: [ContactRollups.Key: ContactTally], with statement: SQLiteFile.Statement) throws {
        for (key, tally) in tallies {
            let keys: [SQLiteData] = [councilValue, .text(key.day), .text(key.channel), .text(key.queue), .text(key.service)]
            try statement.run(keys + ContactRollups.columns(tally).map { .integer($0) })
        }
    }
}

/// Where batches of a council's contacts from one source go: through `ContactBulkLog` into an
/// SQLite file, else through `ContactLog`.
struct ContactBatchWriter: Sendable {
    let council: Council
    let source: String
    private let bulk: ContactBulkLog?

    init(council: Council, source: String, on db: Database) async throws {
        (self.council, self.source) = (council, source)
        bulk = try await ContactBulkLog.open(council: council, source: source, on: db)
    }

    /// A batch of contacts, made ready for `write`.
    struct Batch: Sendable {
        let entries: [ContactLog.Entry]
        /// The days the entries name.
        let days: Set<String>
        fileprivate let prepared: ContactBulkLog.Prepared?
    }

    /// Makes the entries ready to write; call it while the batch before is written.
    func prepare(_ entries: [ContactLog.Entry]) -> Batch {
        // Files run in time order, so most rows name the day before's day: cheaper than hashing each.
        var days = Set<String>(), last = ""
        for entry in entries where entry.day != last {
            days.insert(entry.day)
            last = entry.day
        }
        return Batch(entries: entries, days: days, prepared: bulk?.prepare(entries))
    }

    /// Writes the batch with its rollups in one transaction; returns how many went in. Either
    /// way the fed indicators wait for `refreshFeeds`, so both databases commit the same things
    /// at the same points.
    func write(_ batch: Batch, on db: Database) async throws -> Int {
        guard let bulk, let prepared = batch.prepared else {
            return try await ContactLog.write(batch.entries, council: council, source: source,
                                              refreshingFeeds: false, on: db)
        }
        return try await bulk.write(prepared)
    }

    /// Refreshes the fed indicators for the days written, once, in a transaction of its own, when
    /// every batch is in: they are worked out from the rollups, so refreshing again is harmless.
    func refreshFeeds(days: Set<String>, on db: Database) async throws {
        try await db.write { tx in try await IndicatorFeeding.refresh(council: council, days: days, on: tx) }
    }
}
