import BeaconDomain
import Foundation

/// A benchmark's scratch folder: the generated call-record file, a bare `sqlite3` table of it
/// (the baseline) and a Beacon store of the demo's councils, each written by its own process.
struct BenchWorkspace: Sendable {
    let folder: String
    let records: Int
    var callFile: String { folder + "/calls.csv" }
    var baselineStore: String { folder + "/baseline.sqlite" }
    var beaconStore: String { folder + "/beacon.sqlite" }
    static let council = "wrenmoor"

    /// A new folder under `parent` (the system's temporary folder when nil).
    init(parent: String?, records: Int) throws {
        let base = parent ?? NSTemporaryDirectory()
        folder = (base as NSString).appendingPathComponent("beacon-bench-\(records)-\(UUID().uuidString.prefix(8))")
        self.records = records
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Writes the call-record file; returns the seconds it took.
    func writeCallFile() throws -> Double {
        // A duration, not a time of day: the monotonic clock, not Beacon's.
        let took = try ContinuousClock().measure { try SyntheticCallFile.write(count: records, to: callFile) }
        return Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
    }

    var callFileMegabytes: String {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: callFile)[.size] as? Int) ?? 0
        return String(format: "%.0f MB", Double(bytes) / 1_048_576)
    }

    /// The baseline: the `sqlite3` tool's `.import` of the file into a bare table of text columns.
    func importWithSQLite() throws -> MeasuredRun {
        let table = "CREATE TABLE contacts(" + CallRecord.columns.map { "\($0) TEXT" }.joined(separator: ", ") + ");"
        return try MeasuredRun.run(["sqlite3", baselineStore, table, ".import --csv --skip 1 \(callFile) contacts"]).succeeded("sqlite3 .import")
    }

    /// Creates the Beacon store with the demo's councils, services and feeds but no contacts,
    /// so the import that follows is timed alone.
    func prepareBeaconStore(beacon: String) throws {
        _ = try MeasuredRun.run([beacon, "routes"], environment: beaconEnvironment, output: folder + "/prepare.log").succeeded("Preparing the Beacon store")
    }

    /// What SQLite alone takes to write the same rows into a copy of the Beacon store's contacts
    /// table, with its indexes, from the baseline's table: the part of Beacon's time that is the
    /// database's. Run before Beacon's import, on a copy of the store as prepared.
    func copyWithSQLite() throws -> MeasuredRun {
        let copy = folder + "/sqlite-copy.sqlite"
        try FileManager.default.copyItem(atPath: beaconStore, toPath: copy)
        let council = try sqliteValue(copy, "SELECT id FROM councils WHERE slug = '\(Self.council)'")
        let seconds = { (column: String) in "CAST(strftime('%s', \(column)) AS REAL)" }
        let insert = """
            INSERT INTO contact_sources (council_id, name) VALUES ('\(council)', 'telephony');
            INSERT INTO contacts (source_number, source_id, channel, queue, service, agent, arrived_at, answered_at, ended_at, outcome, day)
            SELECT (SELECT id FROM contact_sources WHERE name = 'telephony'), contact_id, channel, queue, queue, agent, \(seconds("arrived_at")),
              \(seconds("nullif(answered_at, '')")), \(seconds("ended_at")), outcome, substr(arrived_at, 1, 10)
            FROM baseline.contacts WHERE true ON CONFLICT DO NOTHING;
            """
        return try MeasuredRun.run(["sqlite3", copy, "ATTACH '\(baselineStore)' AS baseline;", "PRAGMA foreign_keys = ON;", insert])
            .succeeded("sqlite3 INSERT … SELECT")
    }

    /// Beacon's importer, exactly as `beacon import contacts` runs it.
    func importWithBeacon(beacon: String) throws -> MeasuredRun {
        try MeasuredRun.run([beacon, "import", "contacts", callFile, "--council", Self.council], environment: beaconEnvironment,
                            output: folder + "/import.log").succeeded("beacon import contacts")
    }

    private var beaconEnvironment: [String: String?] {
        ["BEACON_DATABASE_FILE": beaconStore, "BEACON_DEMO_CONTACTS_PER_DAY": "0", "BEACON_BCRYPT_COST": "4", "DATABASE_URL": nil]
    }

    /// The baseline for the dashboard: the year's monthly sums per queue by a `GROUP BY` over
    /// the raw table, months in UK time; all but correspondence's working days, which need the
    /// bank holidays. Returns the seconds the `sqlite3` tool took and its figures.
    func groupByWithSQLite(thresholds: MeasureThresholds) throws -> (Double, [[String]: ContactTally]) {
        let output = folder + "/group-by.csv"
        let run = try MeasuredRun.run(["sqlite3", "-csv", baselineStore, Self.groupBy(thresholds)], environment: ["TZ": "Europe/London"],
                                      output: output).succeeded("sqlite3 GROUP BY")
        var tallies: [[String]: ContactTally] = [:]
        for line in try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let sums = fields.dropFirst(2).compactMap { Int($0) }
            guard fields.count == 11, sums.count == 9 else { throw CommandProblem("sqlite3 gave a line that is not a month's figures: \(line)") }
            var tally = ContactTally()
            (tally.contacts, tally.shortAbandons, tally.abandoned, tally.answered, tally.answeredWithin) = (sums[0], sums[1], sums[2], sums[3], sums[4])
            (tally.waitMillis, tally.longestWaitMillis, tally.handlingMillis, tally.resolvedFirst) = (sums[5], sums[6], sums[7], sums[8])
            tallies[[fields[0], fields[1]]] = tally
        }
        return (run.seconds, tallies)
    }

    private static func groupBy(_ thresholds: MeasureThresholds) -> String {
        let year = SyntheticCallFile.year
        let (from, to) = (UKTime.instant(year.start, hour: 0, minute: 0), UKTime.instant(year.end.adding(days: 1), hour: 0, minute: 0))
        let wait = "(strftime('%s', answered_at) - strftime('%s', arrived_at))"
        let length = "(strftime('%s', ended_at) - strftime('%s', arrived_at))"
        return """
            SELECT strftime('%Y-%m', arrived_at, 'localtime'), queue, count(*),
              sum(outcome = 'abandoned' AND \(length) <= \(thresholds.shortAbandonSeconds)),
              sum(outcome = 'abandoned' AND \(length) > \(thresholds.shortAbandonSeconds)),
              sum(answered_at <> ''), sum(answered_at <> '' AND \(wait) <= \(thresholds.answerWithinSeconds)),
              sum(CASE WHEN answered_at <> '' THEN \(wait) ELSE 0 END) * 1000, max(CASE WHEN answered_at <> '' THEN \(wait) ELSE 0 END) * 1000,
              sum(CASE WHEN answered_at <> '' THEN strftime('%s', ended_at) - strftime('%s', answered_at) ELSE 0 END) * 1000,
              sum(outcome = 'resolved')
            FROM contacts WHERE arrived_at >= '\(ISOInstant.format(from))' AND arrived_at < '\(ISOInstant.format(to))'
            GROUP BY 1, 2;
            """
    }

    /// The first value `sql` gives in the store, through the `sqlite3` tool.
    func sqliteValue(_ store: String, _ sql: String) throws -> String {
        let output = folder + "/value.txt"
        _ = try MeasuredRun.run(["sqlite3", store, sql], output: output).succeeded("sqlite3")
        return try String(contentsOfFile: output, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// This program's own path, to run Beacon's commands in their own processes.
    static var beaconExecutable: String {
        Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}
