@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// The benchmark's parts: its generated file imports whole, and its programs are timed and
/// their exit statuses read. (CI runs both benchmarks small, against the sqlite3 tool.)
final class BenchmarkTests: ServiceCentreTestCase {
    func testTheGeneratedCallFileHasTheRecordsAskedForAndImportsWhole() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }

        try SyntheticCallFile.write(count: 2_500, to: path)
        let run = try await importOnCommandLine(path)

        XCTAssertEqual(try ContactImport.dataLines(path), 2_500)
        XCTAssertEqual(run.inserted, 2_500, run.problems)
        XCTAssertEqual(run.rejected, 0, run.problems)
        let first = try await XCTUnwrapAsync(await Contact.from("test", on: app.db).sort(\.$arrivedAt).first())
        XCTAssertEqual(first.day, SyntheticCallFile.year.start.iso, "the records start on the year's first day")
    }

    func testAProgramIsTimedAndItsExitStatusRead() throws {
        let quick = try MeasuredRun.run(["sh", "-c", "exit 0"])
        let failing = try MeasuredRun.run(["sh", "-c", "exit 3"])

        XCTAssertEqual(quick.status, 0)
        XCTAssertGreaterThan(quick.seconds, 0)
        XCTAssertEqual(failing.status, 3)
        XCTAssertThrowsError(try failing.succeeded("sh")) { XCTAssertEqual($0.localizedDescription, "sh failed (exit status 3).") }
        XCTAssertThrowsError(try MeasuredRun.run(["no-such-program-for-beacon"]))
    }

    func testAProgramsOutputGoesToTheFileAndItsPeakMemoryIsRead() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: output) }

        // Python fills 50 MB and holds it for a moment, long enough to be sampled.
        let run = try MeasuredRun.run(["python3", "-c", "import time; b = b'x' * 50_000_000; print('written'); time.sleep(0.3)"], output: output)

        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), "written\n")
        XCTAssertEqual(run.status, 0)
        XCTAssertGreaterThan(run.peakBytes, 50_000_000)
        XCTAssertLessThan(run.peakBytes, 200_000_000, "the program's own memory, not the test's")
    }
}
