@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import XCTVapor

/// What the report tests share: making a draft through the form, the edit form's fields, and
/// reading a CSV back.
extension BeaconTestCase {
    static let reports = SiteURL.reportList(council: "wrenmoor")

    /// Makes a draft from a template as the performance officer's form does; gives its id.
    func makeDraft(_ template: ReportTemplate, extra: [String: String] = [:],
        as browser: Browser) async throws -> UUID {
        let made = try await post(SiteURL.reportNew(council: "wrenmoor").path,
                                  ["template": template.rawValue].merging(extra) { $1 }, as: browser)
        XCTAssertEqual(made.status, .seeOther, made.body.string)
        let location = try XCTUnwrap(made.headers.first(name: .location))
        let id = try XCTUnwrap(location.split(separator: "/").dropLast().last.flatMap { UUID(uuidString: String($0)) })
        return id
    }

    /// The edit form's fields for a report as it stands, with these narratives.
    func editForm(_ id: UUID, narratives: [ReportSectionKind: String]) async throws -> [String: String] {
        let report = try await XCTUnwrapAsync(await Report.find(id, on: app.db))
        var form = ["title": report.title, "introduction": "", "budget_base": "revised",
                    "budget_compared": "estimate", "version": String(report.version)]
        for section in report.sections {
            form["include_\(section.kind.rawValue)"] = "yes"
            form["narrative_\(section.kind.rawValue)"] = narratives[section.kind] ?? ""
        }
        return form
    }

    func issue(_ id: UUID, _ extra: [String: String] = [:], as browser: Browser) async throws -> XCTHTTPResponse {
        let report = try await XCTUnwrapAsync(await Report.find(id, on: app.db))
        let form = ["issued_to": "cabinet", "version": String(report.version)].merging(extra) { $1 }
        return try await post(SiteURL.reportIssue(council: "wrenmoor", .id(id)).path, form, as: browser)
    }

    func reportPath(_ id: UUID) -> String { SiteURL.progressReport(council: "wrenmoor", .id(id)).path }

    func tablePath(_ id: UUID, _ number: Int) -> String {
        SiteURL.reportTable(council: "wrenmoor", .id(id), table: "\(number).csv").path
    }

    /// A CSV download's rows, read by Beacon's own CSV reader.
    func csvLines(_ text: String) throws -> [[String]] {
        var bytes: [UInt8]? = Array(text.utf8)
        var reader = CSVRows { defer { bytes = nil }; return bytes }
        var rows: [[String]] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }
}

/// The titles of an Atom feed, the feed's first, read with Foundation's XML parser.
final class AtomTitles: NSObject, XMLParserDelegate {
    private var titles: [String] = []
    private var current: String?

    static func read(_ data: Data) throws -> [String] {
        let reader = AtomTitles()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return reader.titles
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "title" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title", let current { titles.append(current) }
        if name == "title" { current = nil }
    }
}
