@testable import Beacon
import Foundation
import SQLKit
import XCTest
import XCTVapor
import ZIPFoundation

extension BeaconTestCase {
    var resident: String { DemoCasework.resident.name }

    /// How many rows of each table hold the text, ignoring case: a `grep` of a dump of the store.
    func grepStore(for text: String) async throws -> [String: Int] {
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        var hits: [String: Int] = [:]
        for table in try await StoreTables.names(on: sql) {
            let rows = try await StoreTables.rows(of: table, on: sql)
            let count = rows.filter { $0.lowercased().contains(text.lowercased()) }.count
            if count > 0 { hits[table] = count }
        }
        return hits
    }

    /// The files in a ZIP, by path.
    func unzip(_ bytes: ByteBuffer) throws -> [String: Data] {
        let archive = try Archive(data: Data(bytes.readableBytesView), accessMode: .read)
        var files: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            files[entry.path] = data
        }
        return files
    }

    /// `XCTUnwrap` for a value an `await` gives (an autoclosure cannot await).
    func unwrap<T>(_ value: T?, file: StaticString = #filePath, line: UInt = #line) throws -> T {
        try XCTUnwrap(value, file: file, line: line)
    }

    /// Posts the privacy desk's person form to one of its addresses.
    func privacyPost(_ url: SiteURL, _ fields: [String: String], as browser: Browser) async throws -> XCTHTTPResponse {
        try await post(url.path, fields, as: browser)
    }
}
