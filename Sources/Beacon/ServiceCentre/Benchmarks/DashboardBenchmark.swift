import BeaconDomain
import FluentSQLiteDriver
import SQLKit
import Vapor

/// `beacon bench dashboard`: the year's monthly measures for every queue, from Beacon's rollups
/// and from a `GROUP BY` over the raw table in the `sqlite3` tool, timed and checked to agree.
struct DashboardBenchCommand: AsyncCommand {
    let help = "Store N generated contacts (default 10,000,000); time the year's monthly figures per queue from Beacon's rollups and from a GROUP BY in sqlite3."

    func run(using context: CommandContext, signature: BenchSignature) async throws {
        let console = context.console
        let workspace = try BenchReport.start("Dashboard benchmark", signature, records: 10_000_000, on: console)
        defer { if !signature.keep { workspace.remove() } }
        let loaded = try workspace.importWithSQLite()
        try workspace.prepareBeaconStore(beacon: BenchWorkspace.beaconExecutable)
        let imported = try workspace.importWithBeacon(beacon: BenchWorkspace.beaconExecutable)
        console.print(String(format: "  Stored (not part of the figures): sqlite3 .import %.1f s, Beacon's import %.1f s", loaded.seconds, imported.seconds))

        let app = context.application
        let id = DatabaseID(string: "bench")
        app.databases.use(.sqlite(.file(workspace.beaconStore)), as: id)
        guard let sql = app.db(id) as? SQLDatabase,
              let council = try await Council.query(on: app.db(id)).filter(\.$slug == BenchWorkspace.council).first()
        else { throw CommandProblem("The Beacon store has no council \(BenchWorkspace.council).") }
        let thresholds = council.measureThresholds
        let query = try DashboardQuery(council: council.requireID(), on: sql)
        let figures = try await query.figures()
        var beaconTimes: [Double] = []
        for _ in 0..<50 { beaconTimes.append(try await query.timed()) }
        var baselineTimes: [Double] = []
        var baselineFigures: [[String]: ContactTally] = [:]
        for _ in 0..<3 {
            let (seconds, tallies) = try workspace.groupByWithSQLite(thresholds: thresholds)
            (baselineTimes, baselineFigures) = (baselineTimes + [seconds], tallies)
        }
        let agree = figures.mapValues(Self.withoutCorrespondence) == baselineFigures
        report(beacon: beaconTimes.sorted(), baseline: baselineTimes.min()!, agree: agree, groups: figures.count, on: console)
        if signature.keep { console.print("  Kept: \(workspace.folder)") }
        guard agree else { throw CommandProblem("Beacon's figures and sqlite3's differ.") }
    }

    // The baseline leaves out correspondence's working days, which need the bank holidays.
    private static func withoutCorrespondence(_ tally: ContactTally) -> ContactTally {
        var sums = tally
        (sums.correspondenceAnswered, sums.correspondenceWithin, sums.correspondenceWorkingDays) = (0, 0, 0)
        return sums
    }

    private func report(beacon: [Double], baseline: Double, agree: Bool, groups: Int, on console: any Console) {
        let median = beacon[beacon.count / 2]
        console.print(BenchReport.row("sqlite3 GROUP BY over the raw table (best of 3)", seconds: baseline, peak: "-"))
        console.print(String(format: "  Beacon from its rollups (median of %d): %.2f ms, slowest %.2f ms", beacon.count, median * 1_000, beacon.last! * 1_000))
        console.print(String(format: "  Beacon was %.0f× faster (target: at least 50×, and under 20 ms a query).", baseline / median))
        if agree { console.print("  The figures agree: \(groups) months × queues, nine sums each.") }
    }
}

/// What the dashboard asks for: every queue's tallies for each month of the year, and every
/// measure of each.
struct DashboardQuery {
    let council: UUID
    let sql: any SQLDatabase
    let year = SyntheticCallFile.year

    init(council: UUID, on sql: any SQLDatabase) { (self.council, self.sql) = (council, sql) }

    func figures() async throws -> [[String]: ContactTally] {
        try await ContactRollups.totals(council: council, from: year.start, through: year.end, filter: RollupFilter(channels: ContactChannel.allCases),
                                        by: [.month, .queue], on: sql)
    }

    /// Seconds to fetch the tallies and work out every measure from them.
    func timed() async throws -> Double {
        let clock = ContinuousClock()
        var measures = 0
        let elapsed = try await clock.measure {
            for tally in try await figures().values {
                measures += ContactMeasure.allCases.compactMap { $0.value(tally) }.count
            }
        }
        guard measures > 0 else { throw CommandProblem("The rollups gave no figures.") }
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
