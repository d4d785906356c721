import BeaconDomain
import Vapor

/// `beacon bench import` and `beacon bench dashboard`: the service centre's speed, each figure
/// printed with its ratio to a baseline measured in the same run by the `sqlite3` tool.
struct BenchCommands: AsyncCommandGroup {
    let help = "Measure the service centre's speed against the sqlite3 tool (needs sqlite3 on the PATH)."
    var commands: [String: any AnyAsyncCommand] { ["import": ImportBenchCommand(), "dashboard": DashboardBenchCommand()] }
}

/// The options both benchmarks take.
struct BenchSignature: CommandSignature {
    @Option(name: "records", short: "n", help: "How many call records to generate")
    var records: Int?
    @Option(name: "folder", help: "Where to put the scratch folder (default: the system's temporary folder)")
    var folder: String?
    @Flag(name: "keep", help: "Keep the scratch folder: the call file, the sqlite3 table and the Beacon store")
    var keep: Bool
    init() {}
}

struct ImportBenchCommand: AsyncCommand {
    let help = "Import N generated call records (default 1,000,000) with Beacon and with sqlite3 .import; print both times, the ratio and peak memory."

    func run(using context: CommandContext, signature: BenchSignature) async throws {
        let console = context.console
        let workspace = try BenchReport.start("Import benchmark", signature, records: 1_000_000, on: console)
        defer { if !signature.keep { workspace.remove() } }
        let baseline = try workspace.importWithSQLite()
        try workspace.prepareBeaconStore(beacon: BenchWorkspace.beaconExecutable)
        let copy = try workspace.copyWithSQLite()
        let beacon = try workspace.importWithBeacon(beacon: BenchWorkspace.beaconExecutable)
        let stored = try workspace.sqliteValue(workspace.beaconStore, "SELECT count(*) FROM contacts JOIN contact_sources ON contact_sources.id = source_number WHERE name = 'telephony'")
        console.print(BenchReport.row("sqlite3 .import into a bare table", seconds: baseline.seconds, peak: baseline.megabytes))
        console.print(BenchReport.row("Beacon's import (checks, dedupe, rollups, feeds)", seconds: beacon.seconds, peak: beacon.megabytes))
        console.print(BenchReport.row("sqlite3 writing those rows into Beacon's table (reference)", seconds: copy.seconds, peak: copy.megabytes))
        console.print("  Contacts stored by Beacon: \(stored)")
        console.print(String(format: "  Beacon took %.2f× the baseline's time (target: at most 2×); its peak memory was %@ (target: under 200 MB).",
                             beacon.seconds / baseline.seconds, beacon.megabytes))
        console.print(String(format: "  SQLite alone, writing the same rows into Beacon's contacts table and its indexes, took %.2f× the baseline's time.",
                             copy.seconds / baseline.seconds))
        if signature.keep { console.print("  Kept: \(workspace.folder)") }
        guard stored == "\(workspace.records)" else { throw CommandProblem("Beacon stored \(stored) contacts of \(workspace.records).") }
    }
}

/// How the benchmarks print.
enum BenchReport {
    /// Makes the scratch folder and the call file, saying so.
    static func start(_ title: String, _ signature: BenchSignature, records: Int, on console: any Console) throws -> BenchWorkspace {
        guard (signature.records ?? records) > 0 else { throw CommandProblem("--records must be a positive number.") }
        let workspace = try BenchWorkspace(parent: signature.folder, records: signature.records ?? records)
        #if DEBUG
        console.warning("This is a debug build: build with `swift build -c release` and run .build/release/beacon for figures worth quoting.")
        #endif
        console.print("\(title): \(Money.grouped(workspace.records)) generated call records (seed 2026), in \(workspace.folder)")
        let seconds: Double
        do { seconds = try workspace.writeCallFile() } catch {
            workspace.remove()
            throw error
        }
        console.print(String(format: "  Call file: %@, written in %.1f s", workspace.callFileMegabytes, seconds))
        return workspace
    }

    static func row(_ what: String, seconds: Double, peak: String) -> String {
        "  " + what.padding(toLength: 60, withPad: " ", startingAt: 0) + String(format: "%8.2f s   peak %@", seconds, peak)
    }
}
