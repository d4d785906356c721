import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// Applies every council's retention schedule: personal details past their period are blanked
/// (records and counts stay), the access log's old lines are deleted, and each council that had
/// anything blanked gets a tombstone. With `dryRun`, counts what it would do and changes nothing.
enum RetentionRun {
    /// One kind of record at one council.
    struct Line: Sendable {
        let council: String
        let record: RetainedRecord
        let months: Int
        let cutoff: CalendarDate
        let count: Int
    }

    struct Report: Sendable {
        let dryRun: Bool
        let lines: [Line]

        var text: String {
            let verb = dryRun ? "would be" : "were"
            let body = lines.map { line in
                "\(line.council): \(line.record.title), kept \(line.months) months (before \(line.cutoff.long)): "
                    + "\(Money.grouped(line.count)) \(verb) \(line.record == .accessLog ? "deleted" : "blanked")"
            }
            let heading = dryRun ? "Retention schedule, dry run: nothing was changed." : "Retention schedule applied."
            return ([heading] + body)
                .joined(separator: "\n")
        }
    }

    static func run(dryRun: Bool, on db: Database) async throws -> Report {
        let today = BeaconClock.current.today
        var lines: [Line] = []
        for council in try await Council.query(on: db).sort(\.$name).all() {
            let councilID = try council.requireID()
            let periods = try await RetentionPeriods.months(council: councilID, on: db)
            let councilLines = try await db.write { tx in
                var done: [Line] = []
                for record in RetainedRecord.allCases {
                    let months = periods[record] ?? record.defaultMonths
                    let cutoff = RetentionRule.cutoff(today: today, months: months)
                    let count = try await RetentionSweep(council: councilID, cutoff: cutoff, dryRun: dryRun)
                        .apply(record, on: tx)
                    done.append(Line(council: council.name, record: record, months: months, cutoff: cutoff,
                                     count: count))
                }
                let blanked = done.filter { $0.count > 0 }
                if !dryRun, !blanked.isEmpty { try await tombstone(blanked, council: councilID, on: tx) }
                return done
            }
            lines += councilLines
        }
        return Report(dryRun: dryRun, lines: lines)
    }

    private static func tombstone(_ lines: [Line], council: UUID, on db: Database) async throws {
        let erasure = Erasure()
        erasure.councilID = council
        erasure.erasedAt = BeaconClock.current.now()
        erasure.byLabel = "Beacon (retention schedule)"
        erasure.reason = "The council's retention schedule: kept for the set period, then blanked."
        erasure.summary = lines.map { "\($0.record.title): \($0.count)" }.joined(separator: "\n")
        erasure.held = ""
        try await erasure.create(on: db)
        try await AuditTrail.record(.create, erasure, before: nil, by: nil, on: db)
    }
}

/// A council's retention periods as set, by kind; kinds not set use Beacon's defaults.
enum RetentionPeriods {
    static func months(council: UUID, on db: Database) async throws -> [RetainedRecord: Int] {
        let rows = try await RetentionPeriod.query(on: db).filter(\.$councilID == council).all()
        return Dictionary(rows.map { ($0.record, $0.months) }, uniquingKeysWith: { a, _ in a })
    }
}
