@testable import Beacon
import Fluent
import XCTVapor

final class OpenAPITests: BeaconTestCase {
    func document() async throws -> [String: Any] {
        let response = try await get(SiteURL.openAPI.path)
        XCTAssertEqual(response.status, .ok)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    func testTheDocumentDescribesExactlyTheAPIRoutes() async throws {
        let document = try await document()
        let paths = try XCTUnwrap(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })

        let served = Set(app.routes.all.filter { $0.path.first?.description == "api" }.map { route in
            "\(route.method.rawValue) /" + route.path.map { $0.description == ":id" ? "{id}" : $0.description }.joined(separator: "/")
        })

        XCTAssertEqual(documented, served)
    }

    func testEachSchemaMatchesWhatTheAPIReturns() async throws {
        let document = try await document()
        let schemas = try XCTUnwrap((document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
        let key = try await issueAPIKey()

        for shape in APIShapes.all {
            let response = try await api(.GET, SiteURL.apiList(shape.resource).path, key: key)
            let body = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            let items = try XCTUnwrap(body["items"] as? [[String: Any]])
            let schema = try XCTUnwrap(schemas[shape.title])
            let properties = Set(try XCTUnwrap(schema["properties"] as? [String: Any]).keys)
            let required = Set(try XCTUnwrap(schema["required"] as? [String]))
            for item in items {
                XCTAssertTrue(Set(item.keys).isSubset(of: properties), "\(shape.title) returns \(Set(item.keys).subtracting(properties))")
                XCTAssertTrue(required.isSubset(of: Set(item.keys)), "\(shape.title) lacks \(required.subtracting(item.keys))")
            }
        }
    }

    func testEveryInputPropertyIsAccepted() async throws {
        let key = try await issueAPIKey()
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre")
        let person = try await record(Person.self, where: \.$name, is: "Helen Marsh")
        let bodies: [Resource: String] = [
            .units: #"{"name": "Digital", "kind": "team", "parentID": "\#(unit.id!)", "headPersonID": "\#(person.id!)", "version": 1}"#,
            .people: #"{"name": "Ann Other", "jobTitle": "Clerk", "unitID": "\#(unit.id!)", "email": "ann@wrenmoor.example", "phone": "01632 960000", "version": 1}"#,
            .councillors: #"{"name": "Ada Quarmby", "ward": "Abbey", "party": "Green", "email": "ada@wrenmoor.example", "phone": "07700 900999", "version": 1}"#,
            .indicators: #"{"code": "API 2", "title": "Calls", "purpose": "Why", "definition": "How", "scope": "contributing", "nationalCode": "BV 1", "unit": "count", "decimalPlaces": "0", "polarity": "lower_is_better", "frequency": "annual", "reportingOfficerID": "\#(person.id!)", "owningUnitID": "\#(unit.id!)", "dataSource": "entered", "formula": null, "priorityID": null, "firstYear": "2024/25", "version": 1}"#,
        ]
        let performanceKey = try await issueAPIKey(role: "performance_officer")

        for shape in APIShapes.all {
            let body = try XCTUnwrap(bodies[shape.resource])
            let keys = Set(try XCTUnwrap(JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]).keys)
            XCTAssertEqual(keys, Set(shape.accepts.map(\.name)), "the test sends every property of \(shape.title)")
            let response = try await api(.POST, SiteURL.apiList(shape.resource).path, key: shape.resource == .indicators ? performanceKey : key, body: body)
            XCTAssertEqual(response.status, .created, shape.title)
        }
    }
}
