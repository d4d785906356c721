@testable import Beacon
import Fluent
import XCTVapor

final class APITests: BeaconTestCase {
    struct Page<Item: Decodable>: Decodable {
        let items: [Item]
        let metadata: Metadata
    }

    /// The page's place as the OpenAPI document describes it.
    struct Metadata: Decodable {
        let page: Int
        let per: Int
        let total: Int
        let pageCount: Int
    }

    func testAnAPIKeyReadsAPagedListOfUnits() async throws {
        let key = try await issueAPIKey(role: "performance_officer")

        let response = try await api(.GET, SiteURL.apiList(.units).path(query: [("per", "4"), ("page", "2")]), key: key)

        XCTAssertEqual(response.status, .ok)
        let page = try decode(Page<UnitSummary>.self, response)
        XCTAssertEqual(page.items.count, 4)
        XCTAssertEqual(page.metadata.page, 2)
        XCTAssertEqual(page.metadata.total, 10)
        XCTAssertEqual(page.metadata.pageCount, 3, "ten units four to a page")
    }

    func testPagingThatIsNotAWholeNumberInRangeIsABadRequest() async throws {
        let key = try await issueAPIKey(role: "performance_officer")

        for (name, value) in [("page", "-1"), ("page", "0"), ("page", "two"), ("per", "0"), ("per", "101"), ("per", "99999999999999999999")] {
            let response = try await api(.GET, SiteURL.apiList(.units).path(query: [(name, value)]), key: key)
            XCTAssertEqual(response.status, .badRequest, "\(name)=\(value)")
            XCTAssertTrue(try decode(ErrorBody.self, response).error.message.contains("“\(name)” must be a whole number"))
        }
    }

    func testAWriteWithoutABodyOrNotInJSONSaysWhatToSend() async throws {
        let key = try await issueAPIKey()

        let empty = try await api(.POST, SiteURL.apiList(.units).path, key: key)
        let form = try await app.testable().sendRequest(.POST, SiteURL.apiList(.units).path,
                                                        headers: ["Authorization": "Bearer \(key)", "Content-Type": "application/x-www-form-urlencoded"],
                                                        body: ByteBuffer(string: "name=Digital&kind=team"))

        XCTAssertEqual(empty.status, .badRequest)
        XCTAssertEqual(try decode(ErrorBody.self, empty).error.message, "Send the unit as JSON in the body of the request.")
        XCTAssertEqual(form.status, .unsupportedMediaType)
        XCTAssertEqual(try decode(ErrorBody.self, form).error.message, "Send JSON, with the header Content-Type: application/json.")
    }

    func testAnIndicatorReadFromTheAPICanBeSentBackAsItIs() async throws {
        let key = try await issueAPIKey(role: "performance_officer")
        let indicator = try await record(Indicator.self, where: \.$code, is: "LPI 2")
        let path = SiteURL.apiRecord(.indicators, .id(indicator.id!)).path

        let read = try await api(.GET, path, key: key)
        let replaced = try await api(.PUT, path, key: key, body: read.body.string)

        XCTAssertEqual(replaced.status, .ok, replaced.body.string)
        let again = try JSONSerialization.jsonObject(with: Data(replaced.body.readableBytesView)) as? [String: Any]
        XCTAssertEqual(again?["decimalPlaces"] as? Int, 0)
        XCTAssertEqual(again?["version"] as? Int, indicator.version + 1)
    }

    func testTheAPIOnlyShowsTheKeysOwnCouncil() async throws {
        let key = try await issueAPIKey()
        let castlebeckUnit = try await record(Unit.self, where: \.$name, is: "Resident Services")

        let response = try await api(.GET, SiteURL.apiRecord(.units, .id(castlebeckUnit.id!)).path, key: key)

        XCTAssertEqual(response.status, .notFound)
    }

    func testARevokedKeyIsRefused() async throws {
        let key = try await issueAPIKey()
        let admin = try await signIn(DemoData.administratorEmail)
        let stored = try await XCTUnwrapAsync(await APIKey.query(on: app.db).first())
        XCTAssertNotEqual(stored.keyHash, key, "only a hash is kept")

        _ = try await post(SiteURL.close(.apiKeys, .id(stored.id!)).path, [:], as: admin)
        let response = try await api(.GET, SiteURL.apiList(.units).path, key: key)

        XCTAssertEqual(response.status, .unauthorized)
        XCTAssertEqual(try decode(ErrorBody.self, response).error.code, 401)
    }

    func testAKeyWithARoleThatMayNotWriteIsRefused() async throws {
        let key = try await issueAPIKey(role: "service_centre_agent")

        let response = try await api(.POST, SiteURL.apiList(.units).path, key: key, body: #"{"name": "Digital", "kind": "team"}"#)

        XCTAssertEqual(response.status, .forbidden)
    }

    func testAPersonIsCreatedAndReplacedThroughTheAPIAndAudited() async throws {
        let key = try await issueAPIKey()
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre")

        let created = try await api(.POST, SiteURL.apiList(.people).path, key: key,
                                    body: #"{"name": "Ann Other", "jobTitle": "Customer Service Adviser", "unitID": "\#(unit.id!)"}"#)
        let person = try decode(PersonSummary.self, created)
        let replaced = try await api(.PUT, SiteURL.apiRecord(.people, .id(person.id)).path, key: key,
                                     body: #"{"name": "Ann Other", "jobTitle": "Team Leader", "unitID": "\#(unit.id!)", "version": 1}"#)

        XCTAssertEqual(created.status, .created)
        XCTAssertEqual(replaced.status, .ok)
        XCTAssertEqual(try decode(PersonSummary.self, replaced).jobTitle, "Team Leader")
        let entries = try await AuditEntry.query(on: app.db).filter(\.$recordID == person.id).all()
        XCTAssertEqual(Set(entries.map(\.change)), ["create", "update"])
        XCTAssertEqual(entries.first?.actorLabel, "API key Test system")
    }

    func testASignedInBrowserReadsTheAPIAndWritesOnlyWithItsToken() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: admin.cookie)
        headers.contentType = .json
        let body = ByteBuffer(string: #"{"name": "Digital", "kind": "team"}"#)

        let read = try await get(SiteURL.apiList(.councillors).path, as: admin)
        let withoutToken = try await app.testable().sendRequest(.POST, SiteURL.apiList(.units).path, headers: headers, body: body)
        headers.add(name: CSRFToken.header, value: admin.token)
        let withToken = try await app.testable().sendRequest(.POST, SiteURL.apiList(.units).path, headers: headers, body: body)

        XCTAssertEqual(read.status, .ok)
        XCTAssertEqual(try decode(Page<CouncillorSummary>.self, read).metadata.total, 20)
        XCTAssertEqual(withoutToken.status, .forbidden)
        XCTAssertEqual(withToken.status, .created)
    }

    func testCouncillorsComeWithTheirDatedPositions() async throws {
        let key = try await issueAPIKey()
        let brough = try await record(Councillor.self, where: \.$name, is: "Gillian Brough")

        let response = try await api(.GET, SiteURL.apiRecord(.councillors, .id(brough.id!)).path, key: key)

        let councillor = try decode(CouncillorSummary.self, response)
        let former = try XCTUnwrap(councillor.positions.first { $0.kind == "portfolio_holder" })
        XCTAssertEqual(former.title, "Portfolio holder for customer services")
        XCTAssertEqual(former.endsOn, "2023-05-07")
    }

    func testARenamedUnitKeepsItsFormerName() async throws {
        let key = try await issueAPIKey()
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre")

        _ = try await api(.PUT, SiteURL.apiRecord(.units, .id(unit.id!)).path, key: key,
                          body: #"{"name": "Customer Contact Centre", "kind": "team", "parentID": "\#(unit.parentID!)", "version": 1}"#)
        let response = try await api(.GET, SiteURL.apiRecord(.units, .id(unit.id!)).path, key: key)

        let summary = try decode(UnitSummary.self, response)
        XCTAssertEqual(summary.name, "Customer Contact Centre")
        XCTAssertEqual(summary.formerNames, ["Contact Centre"])
        XCTAssertEqual(summary.version, 2)
    }
}
