import Foundation
import XCTest

/// Every area keeps its code in the same parts, so a newcomer knows where to look: commands are
/// the only code that writes, pages only draw what they are given, and handlers live in routes.
final class CodeLayoutTests: XCTestCase {
    private static let areas = ["Decisions", "Indicators", "Organisation", "Plans", "Privacy", "Reports",
        "ServiceCentre"]
    // What a file that writes to the database contains.
    private static let writes = [".save(on", ".create(on", ".update(on", ".delete(on", ".delete(force", "db.write",
                                 ".write {", "sql.insert(", "sql.update(", "sql.delete(", "INSERT INTO", "DELETE FROM"]
    // What a file that reads the database or handles a request contains, as whole words.
    private static let reads = [#"\bDatabase\b"#, #"\bRequest\b"#, #"\basync\b"#, #"\bawait\b"#, #"\.query\(on"#]

    private var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/Beacon").standardized
    }

    private func swiftFiles(under folder: URL) throws -> [URL] {
        guard let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return found.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    private func lines(of file: URL, containingAny needles: [String], patterns: Bool = false) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().filter { _, line in
                !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && needles.contains { needle in
                    patterns ? line.range(of: needle, options: .regularExpression) != nil : line.contains(needle)
                }
            }
            .map { number, line in "\(file.lastPathComponent):\(number + 1): \(line)" }
    }

    func testEveryAreaHasTheSameParts() throws {
        let parts: Set = ["Models", "Migrations", "Commands", "Queries", "Routes"]
        for area in Self.areas {
            let folders = try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(area).path)
            XCTAssertTrue(parts.isSubset(of: Set(folders)), "\(area) has \(folders.sorted())")
            XCTAssertFalse(folders.contains("Controllers"), "\(area) still has a Controllers folder")
        }
    }

    func testPagesNeverTouchTheDatabaseNorTheRequest() throws {
        var pages = 0
        for area in Self.areas + ["Core"] {
            for file in try swiftFiles(under: sources.appendingPathComponent("\(area)/Pages")) {
                pages += 1
                for line in try lines(of: file, containingAny: Self.reads, patterns: true) {
                    XCTFail("a page reads data itself; give it what it shows from a query: \(line)")
                }
            }
        }
        XCTAssertGreaterThan(pages, 60)
    }

    func testOnlyCommandsAndMigrationsWriteInAnArea() throws {
        var checked = 0
        for area in Self.areas {
            for file in try swiftFiles(under: sources.appendingPathComponent(area)) {
                let part = file.deletingLastPathComponent().lastPathComponent
                guard part != "Commands", part != "Migrations", part != "Benchmarks" else { continue }
                checked += 1
                for line in try lines(of: file, containingAny: Self.writes) {
                    XCTFail("only a command writes; move this into the area's Commands: \(line)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 80)
    }
}
