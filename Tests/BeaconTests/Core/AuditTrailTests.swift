@testable import Beacon
import Fluent
import XCTVapor

final class AuditTrailTests: BeaconTestCase {
    func testAChangeRecordsWhoWhenAndTheValuesBeforeAndAfter() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let sophie = try await record(Person.self, where: \.$name, is: "Sophie Kaur")

        _ = try await post(SiteURL.record(.people, .id(sophie.id!)).path,
                           ["name": "Sophie Kaur", "jobTitle": "Senior Customer Service Adviser", "unitID": sophie.unitID.uuidString,
                            "email": sophie.email ?? "", "version": "1"], as: officer)

        let entry = try await XCTUnwrapAsync(await AuditEntry.query(on: app.db).filter(\.$recordID == sophie.id!).first())
        XCTAssertEqual(entry.change, "update")
        XCTAssertEqual(entry.actorLabel, "officer.contact@wrenmoor.example")
        XCTAssertEqual(entry.recordType, "person")
        XCTAssertEqual(entry.at, now, "at the application's instant")
        let before = try JSONSerialization.jsonObject(with: Data(XCTUnwrap(entry.before).utf8)) as? [String: Any]
        let after = try JSONSerialization.jsonObject(with: Data(XCTUnwrap(entry.after).utf8)) as? [String: Any]
        XCTAssertEqual(before?["jobTitle"] as? String, "Customer Service Adviser")
        XCTAssertEqual(after?["jobTitle"] as? String, "Senior Customer Service Adviser")
    }

    func testEveryKindOfWriteLeavesAnEntry() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let unit = try await record(Unit.self, where: \.$name, is: "Environmental Services")

        _ = try await post(SiteURL.list(.units).path, ["name": "Digital Services", "kind": "team"], as: admin)
        _ = try await post(SiteURL.record(.units, .id(unit.id!)).path, ["name": "Environment", "kind": "department", "version": "1"], as: admin)
        _ = try await post(SiteURL.close(.units, .id(unit.id!)).path, ["version": "2"], as: admin)

        // All three at the tests' one instant, so in no particular order.
        let changes = try await AuditEntry.query(on: app.db).filter(\.$recordType == "unit").all().map(\.change)
        XCTAssertEqual(changes.sorted(), ["close", "create", "update"])
        let closed = try await AuditEntry.query(on: app.db).filter(\.$change == "close").first()
        XCTAssertTrue(closed?.before?.contains(#""closedOn":null"#) ?? false)
        XCTAssertNotNil(closed?.after?.range(of: #""closedOn":"\d{4}-\d\d-\d\d""#, options: .regularExpression))
    }

    func testPasswordHashesNeverReachTheTrail() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        _ = try await post(SiteURL.list(.users).path, ["name": "New Starter", "email": "new.starter@wrenmoor.example",
                                                     "role": "performance_officer", "password": "a long enough password"], as: admin)

        let entry = try await XCTUnwrapAsync(await AuditEntry.query(on: app.db).filter(\.$recordType == "user").first())
        XCTAssertTrue(entry.after?.contains("(not recorded)") ?? false)
        XCTAssertFalse(entry.after?.contains("$2b$") ?? true)
    }

    func testAdministratorsBrowseAndFilterTheTrail() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        _ = try await post(SiteURL.list(.units).path, ["name": "Digital Services", "kind": "team"], as: admin)
        _ = try await post(SiteURL.list(.councillors).path, ["name": "Ada Quarmby", "ward": "Abbey", "party": "Green"], as: admin)

        let units = try await get(SiteURL.audit.path(query: [("recordType", "unit")]), as: admin)
        let badDate = try await get(SiteURL.audit.path(query: [("from", "yesterday")]), as: admin)

        XCTAssertEqual(units.status, .ok)
        XCTAssertTrue(units.body.string.contains("Digital Services"))
        XCTAssertFalse(units.body.string.contains("Ada Quarmby"))
        XCTAssertEqual(badDate.status, .unprocessableEntity)
        XCTAssertTrue(badDate.body.string.contains("From must be a real date"))
    }

    func testNoRouteCanChangeTheTrail() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let routes = app.routes.all.filter { $0.path.string.hasPrefix("admin/audit") }

        XCTAssertEqual(routes.map(\.method), [.GET])
        let delete = try await post(SiteURL.audit.path, [:], as: admin)
        XCTAssertEqual(delete.status, .notFound)
    }
}
