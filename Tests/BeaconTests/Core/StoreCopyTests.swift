@testable import Beacon
import Fluent
import SQLKit
import XCTVapor

/// A backup taken while Beacon runs, restored into an empty store, holds every row of every
/// table; and the commands refuse what they cannot do with a message.
final class StoreCopyTests: BeaconTestCase {
    private let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("beacon-copy-\(UUID().uuidString)").path

    override func tearDown() async throws {
        try? FileManager.default.removeItem(atPath: folder)
        try await super.tearDown()
    }

    private func beacon(_ command: any AnyAsyncCommand, _ arguments: [String]) async throws {
        var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["beacon"] + arguments))
        context.application = app
        try await command.run(using: &context)
    }

    /// What the command said when it refused, or "" when it did not.
    private func refusal(_ command: any AnyAsyncCommand, _ arguments: [String]) async -> String {
        do {
            try await beacon(command, arguments)
            return ""
        } catch {
            return error.localizedDescription
        }
    }

    private var sql: SQLDatabase { get throws { try XCTUnwrap(app.db as? SQLDatabase) } }

    /// An empty store to restore into: a new file's path, or a new database on the tests' server.
    private func emptyStore() async throws -> String {
        guard PostgresServer.url != nil else { return folder + "/restored.sqlite" }
        let name = "\(PostgresServer.baseName)_test_restore_\(getpid())"
        try await PostgresServer.run("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
        try await PostgresServer.run("CREATE DATABASE \"\(name)\"")
        return try PostgresServer.url(of: name)
    }

    func testABackupRestoresIntoAnEmptyStoreWithEveryRowOfEveryTable() async throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let backup = folder + "/backup"
        let target = try await emptyStore()

        try await beacon(BackupCommand(), [backup])
        try await beacon(RestoreCommand(), [backup, "--into", target])

        let restored = try XCTUnwrap(StoreCopy.open(target, in: app) as? SQLDatabase)
        let tables = try await StoreTables.names(on: sql)
        let restoredTables = try await StoreTables.names(on: restored)
        XCTAssertEqual(restoredTables, tables)
        XCTAssertTrue(tables.contains("contacts") && tables.contains("decision_notices"), "\(tables)")
        for table in tables {
            let rows = try await StoreTables.rows(of: table, on: sql)
            let restoredRows = try await StoreTables.rows(of: table, on: restored)
            XCTAssertEqual(restoredRows.count, rows.count, table)
            XCTAssertTrue(restoredRows == rows, "\(table): the rows differ")
        }
        let contacts = try await StoreTables.rows(of: "contacts", on: restored)
        XCTAssertGreaterThan(contacts.count, 100, "the demo's contacts came back")
    }

    func testTheCommandsRefuseAFileInTheWayAMissingTargetAndAFileThatIsNoBackup() async throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let existing = folder + "/existing"
        try "not a backup".write(toFile: existing, atomically: true, encoding: .utf8)

        let inTheWay = await refusal(BackupCommand(), [existing])
        let noTarget = await refusal(RestoreCommand(), [existing])
        let notABackup = await refusal(RestoreCommand(), [existing, "--into", folder + "/new"])

        XCTAssertTrue(inTheWay.contains("exists already"), inTheWay)
        XCTAssertTrue(noTarget.contains("--into"), noTarget)
        XCTAssertTrue(notABackup.contains("is not a Beacon backup"), notABackup)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/new"), "nothing was made")
    }
}
