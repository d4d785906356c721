@testable import Beacon
import Fluent
import Foundation
import XCTest
import XCTVapor

/// Open311 GeoReport v2: discovery, services, definitions, requests read and raised, in JSON and
/// XML, and every refusal as Open311's list of errors.
final class Open311Tests: BeaconTestCase {
    private let wrenmoor = [("jurisdiction_id", "wrenmoor")]

    private func json(_ url: SiteURL, _ query: [(String, String)] = []) async throws -> (HTTPStatus, Any) {
        let response = try await get(url.path(query: query))
        return (response.status, try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)))
    }

    private func raise(_ fields: [String: String], format: String = "json") async throws -> XCTHTTPResponse {
        var headers = HTTPHeaders()
        var body = ByteBuffer()
        try URLEncodedFormEncoder().encode(fields, to: &body, headers: &headers)
        return try await app.testable().sendRequest(.POST, SiteURL.open311Requests(format: format).path,
                                                    headers: headers, body: body)
    }

    private func errors(_ response: XCTHTTPResponse) throws -> [String] {
        let body = Data(response.body.readableBytesView)
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: body) as? [[String: Any]])
        XCTAssertTrue(list.allSatisfy { $0["code"] as? Int == Int(response.status.code) })
        return list.compactMap { $0["description"] as? String }
    }

    func testServicesAndTheirDefinitionsInJSONAndXML() async throws {
        let (status, services) = try await json(.open311Services(format: "json"), wrenmoor)
        let list = try XCTUnwrap(services as? [[String: Any]])
        let bins = try XCTUnwrap(list.first { $0["service_code"] as? String == "MISSED_BIN" })
        let (_, definition) = try await json(.open311Service(code: "MISSED_BIN.json"), wrenmoor)
        let attributes = try XCTUnwrap((definition as? [String: Any])?["attributes"] as? [[String: Any]])
        let xml = try await get(SiteURL.open311Service(code: "MISSED_BIN.xml").path(query: wrenmoor))

        XCTAssertEqual(status, .ok)
        XCTAssertEqual(bins["service_name"] as? String, "Missed bin collection")
        XCTAssertEqual(bins["metadata"] as? Bool, true)
        XCTAssertEqual(bins["type"] as? String, "realtime")
        XCTAssertFalse(list.contains { $0["service_code"] as? String == "HOMELESS" }, "not offered online")
        XCTAssertEqual(attributes.first?["code"] as? String, "bin_type")
        XCTAssertEqual(attributes.first?["datatype"] as? String, "singlevaluelist")
        XCTAssertEqual(attributes.first?["order"] as? Int, 1)
        let values = try XCTUnwrap(attributes.first?["values"] as? [[String: String]])
        XCTAssertEqual(values.first, ["key": "general_waste", "name": "General waste"])
        XCTAssertEqual(xml.headers.contentType?.subType, "xml")
        XCTAssertTrue(xml.body.string.contains("<service_definition><service_code>MISSED_BIN</service_code><attributes>"
            + "<attribute><variable>true</variable><code>bin_type</code>"))
        XCTAssertTrue(xml.body.string.contains(
            "<values><value><key>general_waste</key><name>General waste</name></value>"))
    }

    func testAResidentsAppRaisesARequestAndReadsItBack() async throws {
        let key = try await issueAPIKey(role: "service_centre_agent")
        let raised = try await raise(["api_key": key, "jurisdiction_id": "wrenmoor", "service_code": "MISSED_BIN",
                                      "lat": "52.4862", "long": "-1.8904", "attribute[bin_type]": "general_waste",
                                      "description": "Bin not emptied on Elm Road", "first_name": "Ann",
                                      "last_name": "Reader", "email": "ann@example.org", "account_id": "A-7"])
        XCTAssertEqual(raised.status, .created)
        let receipt = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(raised.body.readableBytesView))
            as? [[String: Any]])?.first)
        let id = try XCTUnwrap(receipt["service_request_id"] as? String)
        XCTAssertEqual(receipt["account_id"] as? String, "A-7")
        let saved = try await XCTUnwrapAsync(await ServiceRequest.query(on: app.db).filter(\.$reference == id).first())
        XCTAssertEqual(saved.answers["bin_type"], "General waste")
        XCTAssertEqual(saved.reporterName, "Ann Reader")
        XCTAssertEqual(saved.raisedVia, "Open311 (API key Test system)")

        let (status, one) = try await json(.open311Request(id: "\(id).json"), wrenmoor)
        let record = try XCTUnwrap((one as? [[String: Any]])?.first)
        XCTAssertEqual(status, .ok)
        XCTAssertEqual(record["status"] as? String, "open")
        XCTAssertEqual(record["service_code"] as? String, "MISSED_BIN")
        XCTAssertEqual(record["description"] as? String, "Bin not emptied on Elm Road")
        XCTAssertEqual(record["agency_responsible"] as? String, "Environmental Services")
        XCTAssertEqual(record["requested_datetime"] as? String, "2026-11-25T10:30:00Z")
        let body = try await get(SiteURL.open311Request(id: "\(id).xml").path(query: wrenmoor)).body.string
        XCTAssertFalse(body.contains("ann@example.org") || body.contains("Reader"), "never the reporter's details")
        let (_, listed) = try await json(.open311Requests(format: "json"), wrenmoor + [("status", "open")])
        XCTAssertEqual((listed as? [[String: Any]])?.first?["service_request_id"] as? String, id, "newest first")
    }

    func testEveryRefusalIsAnOpen311Error() async throws {
        let key = try await issueAPIKey(role: "service_centre_agent")
        let base = ["api_key": key, "jurisdiction_id": "wrenmoor", "service_code": "MISSED_BIN", "lat": "52.48",
                    "long": "-1.89", "attribute[bin_type]": "general_waste"]
        let badKey = try await raise(base.merging(["api_key": "bk_nothing"]) { $1 })
        let noKey = try await raise(base.filter { $0.key != "api_key" })
        let unknownService = try await raise(base.merging(["service_code": "DRAGONS"]) { $1 })
        let noAttribute = try await raise(base.filter { $0.key != "attribute[bin_type]" })
        let noPlace = try await raise(base.filter { $0.key != "lat" && $0.key != "long" })
        let badPlace = try await raise(base.merging(["lat": "123", "long": "east"]) { $1 }, format: "xml")
        let tooLong = try await get(SiteURL.open311Requests(format: "json").path(
            query: wrenmoor + [("start_date", "2026-01-01T00:00:00Z"), ("end_date", "2026-04-02T00:00:00Z")]))
        let noJurisdiction = try await get(SiteURL.open311Services(format: "json").path)
        let unknownJurisdiction = try await get(SiteURL.open311Services(format: "json")
            .path(query: [("jurisdiction_id", "x")]))
        let unknownRequest = try await get(SiteURL.open311Request(id: "SR-1999-000001.json").path(query: wrenmoor))

        XCTAssertEqual(badKey.status, .forbidden)
        XCTAssertEqual(try errors(badKey), ["The api_key is not recognised or has been revoked."])
        XCTAssertEqual(noKey.status, .forbidden)
        XCTAssertEqual(unknownService.status, .notFound)
        XCTAssertEqual(noAttribute.status, .badRequest)
        XCTAssertEqual(try errors(noAttribute), ["attribute[bin_type]: Answer “Which bin was missed?”"])
        XCTAssertEqual(noPlace.status, .badRequest)
        XCTAssertEqual(badPlace.status, .badRequest)
        XCTAssertTrue(badPlace.body.string.contains("<errors><error><code>400</code><description>lat and long: "))
        XCTAssertEqual(tooLong.status, .badRequest)
        XCTAssertEqual(try errors(tooLong), ["start_date and end_date may be at most 90 days apart."])
        XCTAssertEqual(noJurisdiction.status, .badRequest)
        XCTAssertEqual(unknownJurisdiction.status, .notFound)
        XCTAssertEqual(unknownRequest.status, .notFound)
        let elsewhere = try await raise(base.merging(["jurisdiction_id": "castlebeck"]) { $1 })
        XCTAssertEqual(elsewhere.status, .forbidden, "a key of another council")
        let count = try await ServiceRequest.query(on: app.db)
            .filter(\.$raisedVia == "Open311 (API key Test system)").count()
        XCTAssertEqual(count, 0, "nothing refused was saved")
    }

    func testFixMyStreetReadsTheCouncilsUpdatesAndSendsItsOwn() async throws {
        let key = try await issueAPIKey(role: "service_centre_agent")
        let raised = try await raise(["api_key": key, "jurisdiction_id": "wrenmoor", "service_code": "STREET_CLEANING",
                                      "address_string": "Station Road", "description": "Glass on the pavement"])
        let id = try XCTUnwrap(String(decoding: raised.body.readableBytesView, as: UTF8.self)
            .firstMatch(of: #/SR-2026-\d{6}/#).map { String($0.output) })
        func update(_ fields: [String: String]) async throws -> XCTHTTPResponse {
            var headers = HTTPHeaders()
            var body = ByteBuffer()
            let all = fields.merging(["api_key": key, "jurisdiction_id": "wrenmoor", "service_request_id": id]) { $1 }
            try URLEncodedFormEncoder().encode(all, to: &body, headers: &headers)
            return try await app.testable().sendRequest(.POST, SiteURL.open311Updates(format: "json").path,
                                                        headers: headers, body: body)
        }
        let scheduled = try await update(["status": "ACTION_SCHEDULED", "description": "Crew booked for Friday"])
        let comment = try await update(["status": "OPEN", "description": "Still there this morning"])
        let badStatus = try await update(["status": "MAYBE"])
        let (status, listed) = try await json(.open311Updates(format: "json"), wrenmoor)

        XCTAssertEqual(scheduled.status, .created)
        XCTAssertEqual(comment.status, .created, "a status Beacon cannot go back to is kept as a note")
        XCTAssertEqual(badStatus.status, .badRequest)
        let saved = try await XCTUnwrapAsync(await ServiceRequest.query(on: app.db).filter(\.$reference == id).first())
        XCTAssertEqual(saved.status, .inProgress)
        let mine = try XCTUnwrap(listed as? [[String: Any]]).filter { $0["service_request_id"] as? String == id }
        XCTAssertEqual(status, .ok)
        XCTAssertEqual(mine.compactMap { $0["status"] as? String }, ["OPEN", "IN_PROGRESS", "IN_PROGRESS"])
        XCTAssertEqual(mine.last?["description"] as? String, "Still there this morning")
    }

    func testAClientOverItsCouncilsLimitIsToldToWait() async throws {
        let council = try await XCTUnwrapAsync(await Council.query(on: app.db).filter(\.$slug == "wrenmoor").first())
        council.open311PerMinute = 2
        try await council.save(on: app.db)
        let key = try await issueAPIKey(role: "service_centre_agent")
        let form = ["api_key": key, "jurisdiction_id": "wrenmoor", "service_code": "STREET_CLEANING",
                    "address_string": "Station Road"]
        var statuses: [HTTPStatus] = []
        for _ in 1...3 { statuses.append(try await raise(form).status) }
        let over = try await raise(form, format: "xml")

        XCTAssertEqual(statuses, [.created, .created, .tooManyRequests])
        XCTAssertEqual(over.status, .tooManyRequests)
        XCTAssertTrue(over.body.string.contains(
            "<errors><error><code>429</code><description>Too many requests: at most 2"))
    }

    func testDiscoveryNamesTheEndpointAndItsFormats() async throws {
        let (status, discovery) = try await json(.open311Discovery(format: "json"))
        let endpoints = try XCTUnwrap((discovery as? [String: Any])?["endpoints"] as? [[String: Any]])
        let xml = try await get(SiteURL.open311Discovery(format: "xml").path)

        XCTAssertEqual(status, .ok)
        XCTAssertEqual(endpoints.first?["formats"] as? [String], ["text/xml", "application/json"])
        XCTAssertTrue((endpoints.first?["url"] as? String)?.hasSuffix("/open311/v2") == true)
        XCTAssertTrue(xml.body.string.contains(
            "<formats><format>text/xml</format><format>application/json</format></formats>"))
    }
}

/// The form reader of Open311's POST, on what clients really send.
final class Open311SubmissionTests: XCTestCase {
    func testAFormIsReadWhateverItsEncoding() {
        let form = Open311Submission(body: "attribute[bin_type]=recycling&attribute%5Bsize%5D%5B%5D=a"
            + "&attribute[size][]=b"
            + "&description=Bins+not+emptied%2C+again&email=ann%40example.org&bad=%ZZ&empty=&flag")

        XCTAssertEqual(form.fields["attribute[bin_type]"], ["recycling"])
        XCTAssertEqual(form.fields["attribute[size][]"], ["a", "b"])
        XCTAssertEqual(form["description"], "Bins not emptied, again")
        XCTAssertEqual(form["email"], "ann@example.org")
        XCTAssertEqual(form["bad"], "%ZZ", "a broken escape is kept as it came")
        XCTAssertNil(form["empty"], "an empty field is a missing one")
        XCTAssertNil(form["flag"])
    }
}
