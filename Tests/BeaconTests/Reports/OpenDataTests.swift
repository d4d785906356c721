@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import XCTest
import XCTVapor

/// Every public list as open data: CSV and JSON with the columns the catalogue documents, and
/// the catalogue as a page and as DCAT-AP JSON-LD naming every download.
final class OpenDataTests: BeaconTestCase {
    func testEveryDatasetDownloadsAsCSVAndJSONWithItsDocumentedColumns() async throws {
        for dataset in OpenDataset.allCases {
            let names = dataset.columns.map(\.name)
            let csv = try await get(dataset.download("wrenmoor", .csv).path)
            XCTAssertEqual(csv.status, .ok, dataset.rawValue)
            XCTAssertEqual(csv.headers.contentType?.subType, "csv", dataset.rawValue)
            let rows = try csvLines(csv.body.string)
            XCTAssertEqual(rows.first, names, "\(dataset.rawValue): the documented columns, in order")
            XCTAssertGreaterThan(rows.count, 1, "\(dataset.rawValue): the demo has rows")
            XCTAssertTrue(rows.allSatisfy { $0.count == names.count }, dataset.rawValue)

            let json = try await get(dataset.download("wrenmoor", .json).path)
            let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView))
                as? [[String: Any]], dataset.rawValue)
            XCTAssertEqual(objects.count, rows.count - 1, "\(dataset.rawValue): the same rows as the CSV")
            XCTAssertTrue(objects.allSatisfy { Set($0.keys) == Set(names) }, dataset.rawValue)
        }
    }

    func testTheFiguresAreCountsOnlyAndMatchTheRecords() async throws {
        let csv = try csvLines(try await get(OpenDataset.complaints.download("wrenmoor", .csv).path).body.string)
        let year = ReportingPeriod(containing: today, kind: .year)
        let received = try await Complaint.query(on: app.db).filter(\.$receivedOn >= year.start)
            .filter(\.$receivedOn <= year.end).count()
        XCTAssertEqual(csv[1].prefix(2), [year.yearLabel, String(received)], "this year's complaints, newest first")
        let measures = try await get(OpenDataset.serviceCentre.download("wrenmoor", .csv).path).body.string
        XCTAssertFalse(measures.contains("@"), "no one's contact details")
        XCTAssertEqual(try csvLines(measures)[1][0], String(today.iso.prefix(7)), "this month first")
    }

    func testTheCatalogueListsEveryDatasetAndItsJSONLDNamesEveryDownload() async throws {
        let page = try await get(SiteURL.dataCatalogue(council: "wrenmoor").path)
        XCTAssertEqual(page.status, .ok)
        for dataset in OpenDataset.allCases {
            XCTAssertTrue(page.body.string.contains(dataset.download("wrenmoor", .csv).path), dataset.rawValue)
        }
        XCTAssertTrue(page.body.string.contains("Open Government Licence v3.0"))

        let response = try await get(SiteURL.dataCatalogueJSONLD(council: "wrenmoor").path)
        XCTAssertEqual(response.headers.contentType?.subType, "ld+json")
        let catalogue = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            as? [String: Any])
        let context = try XCTUnwrap(catalogue["@context"] as? [String: String])
        XCTAssertEqual(context["dcat"], "http://www.w3.org/ns/dcat#")
        XCTAssertEqual(catalogue["@type"] as? String, "dcat:Catalog")
        let datasets = try XCTUnwrap(catalogue["dcat:dataset"] as? [[String: Any]])
        XCTAssertEqual(datasets.count, OpenDataset.allCases.count)
        var downloads: [String] = []
        for dataset in datasets {
            let distributions = try XCTUnwrap(dataset["dcat:distribution"] as? [[String: Any]])
            XCTAssertEqual(distributions.count, 2)
            downloads += try distributions.map { try XCTUnwrap(($0["dcat:downloadURL"] as? [String: String])?["@id"]) }
            XCTAssertNotNil(dataset["dct:license"])
        }
        for address in downloads {
            let path = try XCTUnwrap(URL(string: address)).path
            let answer = try await get(path)
            XCTAssertEqual(answer.status, .ok, address)
        }
        let decisions = try XCTUnwrap(datasets.first { $0["dct:identifier"] as? String == "decisions" })
        XCTAssertNotNil(decisions["dct:modified"], "the register has changed since the demo was loaded")
    }

    func testAnAdministratorChoosesTheLicence() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        let edit = SiteURL.edit(.councils, .id(council.id!)).path
        let form = try await get(edit, as: admin)
        XCTAssertTrue(form.body.string.contains("Open data licence"))
        var fields = try await councilForm(council)
        fields["dataLicence"] = "no-such-licence"
        let refused = try await post(SiteURL.record(.councils, .id(council.id!)).path, fields, as: admin)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        fields["dataLicence"] = DataLicence.creativeCommonsAttribution.rawValue
        let saved = try await post(SiteURL.record(.councils, .id(council.id!)).path, fields, as: admin)
        XCTAssertEqual(saved.status, .seeOther, saved.body.string)
        let page = try await get(SiteURL.dataCatalogue(council: "wrenmoor").path)
        XCTAssertTrue(page.body.string.contains("Creative Commons Attribution 4.0"))
        let officer = try await signIn("performance@wrenmoor.example")
        let forbidden = try await post(SiteURL.record(.councils, .id(council.id!)).path, fields, as: officer)
        XCTAssertEqual(forbidden.status, .forbidden)
    }

    func testADatasetThatDoesNotExistIsNotFound() async throws {
        for path in ["/councils/wrenmoor/data/nothing.csv", "/councils/wrenmoor/data/decisions.xml",
                     "/councils/wrenmoor/data/decisions", "/councils/wrenmoor/data/decisions.html",
                     "/councils/nowhere/data/decisions.csv"] {
            let answer = try await get(path)
            XCTAssertEqual(answer.status, .notFound, path)
        }
        let moved = try await get("/councils/wrenmoor/data/indicators.csv")
        XCTAssertEqual(moved.status, .movedPermanently)
        XCTAssertEqual(moved.headers.first(name: .location), SiteURL.indicatorList(council: "wrenmoor",
            format: .csv).path)
    }

    /// The council form's fields as they stand.
    private func councilForm(_ council: Council) async throws -> [String: String] {
        let fields = try await Council.formFields(for: council, input: nil,
                                                  actor: Actor(role: .administrator,
                                                      councilID: council.id!), on: app.db)
        var form = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.value) })
        form["version"] = String(council.version)
        return form
    }
}
