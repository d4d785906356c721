@testable import Beacon
import Fluent
import XCTVapor

/// Bad input to writes gets a 4xx with a message a person can act on, never a 500.
final class BadInputTests: BeaconTestCase {
    func testMissingFieldsAreListedInAnErrorSummary() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let response = try await post(SiteURL.list(.people).path, ["name": ""], as: admin)

        XCTAssertEqual(response.status, .unprocessableEntity)
        let page = response.body.string
        XCTAssertTrue(page.contains("There is a problem"))
        XCTAssertTrue(page.contains(##"<a href="#field-name">Enter name</a>"##))
        XCTAssertTrue(page.contains("Enter job title"))
        XCTAssertTrue(page.contains("Choose unit"))
        XCTAssertTrue(page.contains(#"aria-invalid="true""#))
    }

    func testOverLongTextIsRefused() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let response = try await post(SiteURL.list(.units).path, ["name": String(repeating: "a", count: 201), "kind": "team"], as: admin)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("Name must be 200 characters or fewer"))
    }

    func testUnknownIdsInAFormAreRefused() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let response = try await post(SiteURL.list(.people).path,
                                      ["name": "Ann Other", "jobTitle": "Clerk", "unitID": UUID().uuidString], as: admin)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("Choose a unit from the list"))
    }

    func testAnUnknownRecordInThePathIsNotFound() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let missing = try await get(SiteURL.edit(.units, .id(UUID())).path, as: admin)
        let notAnID = try await get("/admin/units/not-an-id/edit", as: admin)

        XCTAssertEqual(missing.status, .notFound)
        XCTAssertEqual(notAnID.status, .notFound)
    }

    func testAUnitCannotBeMovedBelowItself() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let division = try await record(Unit.self, where: \.$name, is: "Customer Services Division")
        let team = try await record(Unit.self, where: \.$name, is: "Contact Centre")

        let response = try await post(SiteURL.record(.units, .id(division.id!)).path,
                                      ["name": division.name, "kind": "division", "parentID": team.id!.uuidString,
                                       "version": String(division.version)], as: admin)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("A unit cannot sit below itself"))
    }

    func testASecondSaveFromAnOldCopyIsRefusedWithAConflict() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let unit = try await record(Unit.self, where: \.$name, is: "Housing Services")
        let path = SiteURL.record(.units, .id(unit.id!)).path

        let first = try await post(path, ["name": "Housing and Homelessness", "kind": "department", "version": "1"], as: admin)
        let second = try await post(path, ["name": "Housing Options", "kind": "department", "version": "1"], as: admin)

        XCTAssertEqual(first.status, .seeOther)
        XCTAssertEqual(second.status, .conflict)
        XCTAssertTrue(second.body.string.contains("Someone else changed this unit"))
        let saved = try await Unit.find(unit.id, on: app.db)
        XCTAssertEqual(saved?.name, "Housing and Homelessness")
    }

    func testMalformedJSONIsABadRequestWithAJSONError() async throws {
        let key = try await issueAPIKey()

        let response = try await api(.POST, SiteURL.apiList(.units).path, key: key, body: #"{"name": "Digital", "kind": "#)

        XCTAssertEqual(response.status, .badRequest)
        let body = try decode(ErrorBody.self, response)
        XCTAssertEqual(body.error.code, 400)
        XCTAssertFalse(body.error.message.isEmpty)
    }

    func testJSONWithMissingFieldsNamesThem() async throws {
        let key = try await issueAPIKey()

        let response = try await api(.POST, SiteURL.apiList(.people).path, key: key, body: #"{"name": "Ann Other"}"#)

        XCTAssertEqual(response.status, .unprocessableEntity)
        let body = try decode(ErrorBody.self, response)
        XCTAssertEqual(body.error.fields["jobTitle"], "Enter job title")
        XCTAssertEqual(body.error.fields["unitID"], "Choose unit")
    }

    func testJSONWithTheWrongTypeIsABadRequest() async throws {
        let key = try await issueAPIKey()
        let unit = try await record(Unit.self, where: \.$name, is: "Housing Services")

        let response = try await api(.PUT, SiteURL.apiRecord(.units, .id(unit.id!)).path, key: key,
                                     body: #"{"name": "Housing", "kind": "department", "version": "one"}"#)

        XCTAssertEqual(response.status, .badRequest)
    }

    func testAnOversizedBodyIsRefused() async throws {
        let key = try await issueAPIKey()
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: key)
        headers.contentType = .json
        let body = ByteBuffer(string: #"{"name": ""# + String(repeating: "a", count: 2_000_000) + #""}"#)

        // Over a real connection, where Vapor collects the body and enforces the limit.
        let response = try await app.testable(method: .running(hostname: "127.0.0.1", port: 0))
            .sendRequest(.POST, SiteURL.apiList(.units).path, headers: headers, body: body)

        XCTAssertEqual(response.status, .payloadTooLarge)
    }
}
