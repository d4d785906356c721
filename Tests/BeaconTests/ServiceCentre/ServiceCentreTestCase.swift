@testable import Beacon
import BeaconDomain
import Fluent
import SQLKit
import XCTVapor

/// Helpers for the service centre tests: call-record files written to disk, imports run as the
/// command line runs them, and today's figures read back from the rollups.
class ServiceCentreTestCase: BeaconTestCase {
    static let header = "contact_id,channel,queue,arrived_at,answered_at,ended_at,agent,outcome"

    var council: Council { get async throws { try await record(Council.self, where: \.$slug, is: "wrenmoor") } }

    /// `HH:MM:SS` today in UK time, as an ISO 8601 instant with its offset.
    func today(_ clock: String) throws -> String {
        let parts = clock.split(separator: ":").compactMap { Int($0) }
        let day = self.today
        let instant = UKTime.instant(day, hour: parts[0], minute: parts[1]).addingTimeInterval(Double(parts[2]))
        return ISO8601DateFormatter().string(from: instant)
    }

    func file(_ lines: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("calls-\(UUID().uuidString).csv").path
        try ([Self.header] + lines).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs `beacon import contacts FILE --council wrenmoor --source test` and returns the run.
    func importOnCommandLine(_ path: String) async throws -> ContactImportRun {
        try await Self.importOnCommandLine(path, into: app)
    }

    /// The same, for running while the test does something else.
    static func importOnCommandLine(_ path: String, into app: Application) async throws -> ContactImportRun {
        let arguments = ["beacon", "contacts", path, "--council", "wrenmoor", "--source", "test"]
        var context = CommandContext(console: Terminal(), input: CommandInput(arguments: arguments))
        context.application = app
        // The new run, found by its id: at the tests' fixed instant every run starts at the same time.
        let earlier = try await ContactImportRun.query(on: app.db).all().compactMap(\.id)
        try await ImportCommands().run(using: &context)
        return try await XCTUnwrapAsync(await ContactImportRun.query(on: app.db).filter(\.$id !~ earlier).first())
    }

    /// Today's tally of the council's contacts on the channels, from the rollups.
    func todaysTally(_ channels: [ContactChannel] = [.phone]) async throws -> ContactTally {
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        let day = self.today
        return try await ContactRollups.total(council: council.requireID(), from: day, through: day, filter: RollupFilter(channels: channels), on: sql)
    }
}
