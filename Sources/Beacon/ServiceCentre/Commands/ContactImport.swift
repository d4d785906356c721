import BeaconDomain
import Fluent
import Foundation
import Vapor

extension ContactImportRun: Audited {
    static let auditType = "contact import"
    var auditTitle: String { "Import of \(fileName) from \(source)" }
    var auditCouncilID: UUID? { councilID }
    var isFinished: Bool { finishedAt != nil }

    /// A running import saves its progress every few seconds; one silent this long has lost its process.
    static let silenceBeforeStopped: TimeInterval = 120

    /// Whether the run's process was stopped (killed, or the server restarted) before it finished.
    func stoppedPartWay(at now: Date) -> Bool {
        !isFinished && now.timeIntervalSince(heartbeatAt ?? startedAt) > Self.silenceBeforeStopped
    }
}

/// Imports a call-record CSV file (customer service spec, "Call record import") a batch at a
/// time: memory stays flat whatever the file's size; each batch is committed with its rollups
/// before the run reports it done, so a killed import loses nothing it reported and can be run
/// again — rows already in are skipped by their (source, `contact_id`). The run's counts and
/// heartbeat are saved after each batch, so a run whose process is killed shows what went in
/// and, once it falls silent, that it stopped part-way.
struct ContactImport {
    let council: Council
    let source: String
    let clock: BeaconClock
    // Fewer, bigger commits: each waits for the disk, which dominated imports of 2,000-row batches.
    var batchSize = 20_000
    /// Refused rows listed on the run; more are counted but not listed.
    static let problemsListed = 200

    /// Starts a run for a file, counting its lines first so progress can be a share of the whole.
    func start(path: String, fileName: String, by signedIn: SignedIn?, on db: Database) async throws -> ContactImportRun {
        let run = ContactImportRun()
        run.councilID = try council.requireID()
        run.source = source
        run.fileName = fileName
        run.startedAt = clock.now()
        run.heartbeatAt = run.startedAt
        run.totalRows = try Self.dataLines(path)
        run.rowsRead = 0
        run.inserted = 0
        run.duplicates = 0
        run.rejected = 0
        run.problems = ""
        try await db.write { tx in
            try await run.create(on: tx)
            try await AuditTrail.record(.create, run, before: nil, by: signedIn, on: tx)
        }
        return run
    }

    /// Reads the file into the run, calling `progress` after each committed batch.
    func run(_ run: ContactImportRun, path: String, by signedIn: SignedIn?, on db: Database,
             progress: (ContactImportRun) -> Void = { _ in }) async throws {
        let before = try AuditTrail.snapshot(run)
        let insertedBefore = run.inserted, duplicatesBefore = run.duplicates, rejectedBefore = run.rejected
        do {
            try await read(path: path, into: run, on: db, progress: progress)
        } catch let problem as CallRecord.Problem {
            run.failure = problem.description
        } catch {
            db.logger.report(error: error)
            run.failure = "The import stopped on an error on the server (it is in Beacon's log). What is counted here went in; "
                + "import the same file again to finish: rows already in are skipped."
        }
        run.finishedAt = clock.now()
        run.heartbeatAt = run.finishedAt
        BeaconMetrics.imported(kind: "contacts", accepted: run.inserted - insertedBefore,
                               duplicates: run.duplicates - duplicatesBefore, rejected: run.rejected - rejectedBefore)
        try await db.write { tx in
            try await run.save(on: tx)
            try await AuditTrail.record(.update, run, before: before, by: signedIn, on: tx)
        }
        progress(run)
    }

    private func read(path: String, into run: ContactImportRun, on db: Database, progress: (ContactImportRun) -> Void) async throws {
        guard let file = FileChunks(path: path) else { throw CallRecord.Problem("The file \(path) cannot be opened.") }
        var rows = CSVRows { try file.next() }
        guard let header = try? rows.next() else { throw CallRecord.Problem("The file is empty or its header row cannot be read.") }
        let columns = try CallRecordColumns(header: header)
        let services = Set(try await Service.query(on: db).filter(\.$councilID == run.councilID).all().map(\.code))
        let writer = try await ContactBatchWriter(council: council, source: source, on: db)
        var batch: [ContactLog.Entry] = [], writing: WritingBatch?, days = Set<String>()
        // Counted here and set on the run a batch at a time: a Fluent field takes a lock on each change.
        var line = 1, read = run.rowsRead, ukDays = UKDayReader()
        do {
            while let fields = try rows.next() {
                line += 1
                read += 1
                if fields == [""] { continue }
                switch columns.record(fields) {
                case .success(let record):
                    batch.append(ContactLog.Entry(record: record, serviceCode: services.contains(record.queue) ? record.queue : "", days: &ukDays))
                case .failure(let problem):
                    refuse(line: line, problem, in: run)
                }
                if batch.count >= batchSize {
                    run.rowsRead = read
                    let ready = writer.prepare(batch)
                    batch.removeAll(keepingCapacity: true)
                    try await finish(&writing, into: run, days: &days, on: db, progress: progress)
                    writing = WritingBatch(ready, to: writer, on: db)
                }
            }
        } catch let problem as CSVRows.Problem {
            refuse(line: line + 1, CallRecord.Problem("\(problem.description) from here on, so the rest was not read"), in: run)
        }
        run.rowsRead = read
        let ready = writer.prepare(batch)
        try await finish(&writing, into: run, days: &days, on: db, progress: progress)
        writing = WritingBatch(ready, to: writer, on: db)
        try await finish(&writing, into: run, days: &days, on: db, progress: { _ in })
        try await writer.refreshFeeds(days: days, on: db)
    }

    private func refuse(line: Int, _ problem: CallRecord.Problem, in run: ContactImportRun) {
        run.rejected += 1
        if run.rejected <= Self.problemsListed { run.problems += "line \(line): \(problem.description)\n" }
    }

    /// Waits for the batch being written and counts it on the run. The run is saved then, while
    /// no batch is being written, so it never waits on the import's own writes, and so what it
    /// reports done is in.
    private func finish(_ writing: inout WritingBatch?, into run: ContactImportRun, days: inout Set<String>, on db: Database,
                        progress: (ContactImportRun) -> Void) async throws {
        guard let batch = writing else { return }
        writing = nil
        let inserted = try await batch.task.value
        days.formUnion(batch.days)
        run.inserted += inserted
        run.duplicates += batch.rows - inserted
        run.heartbeatAt = clock.now()
        try await db.write { tx in try await run.save(on: tx) }
        progress(run)
    }

    /// Lines after the header, read a megabyte at a time.
    static func dataLines(_ path: String) throws -> Int {
        guard let file = FileChunks(path: path) else { throw CallRecord.Problem("The file \(path) cannot be opened.") }
        var lines = 0, last: UInt8 = 10
        while let chunk = try file.next() {
            // Over the raw bytes, without overflow checks, so the compiler can count many at once.
            lines += chunk.withUnsafeBufferPointer { bytes in bytes.reduce(0) { $0 &+ ($1 == 10 ? 1 : 0) } }
            last = chunk[chunk.count - 1]
        }
        if last != 10 { lines += 1 }
        return max(lines - 1, 0)
    }
}

/// A batch being written while the next is read, so reading the file and writing the database
/// each have a core.
private struct WritingBatch {
    let rows: Int
    let days: Set<String>
    /// How many went in.
    let task: Task<Int, any Error>

    init(_ batch: ContactBatchWriter.Batch, to writer: ContactBatchWriter, on db: Database) {
        (rows, days) = (batch.entries.count, batch.days)
        task = Task { try await writer.write(batch, on: db) }
    }
}
