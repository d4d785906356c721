@testable import Beacon
import Fluent
import XCTVapor

/// For each of the eight roles, one thing it may do and one it is refused.
final class RoleTests: BeaconTestCase {
    func testPublicReadsTheHomePageButIsSentToSignInForAdministration() async throws {
        let home = try await get(SiteURL.home.path)
        let admin = try await get(SiteURL.list(.units).path)
        let api = try await api(.GET, SiteURL.apiList(.units).path, key: nil)

        XCTAssertEqual(home.status, .ok)
        XCTAssertEqual(admin.status, .seeOther)
        XCTAssertEqual(admin.headers.first(name: .location), "/sign-in?next=/admin/units")
        XCTAssertEqual(api.status, .unauthorized)
    }

    func testCouncillorReadsCouncillorsButMayNotAddOne() async throws {
        let councillor = try await signIn("councillor@wrenmoor.example")

        let list = try await get(SiteURL.list(.councillors).path, as: councillor)
        let create = try await post(SiteURL.list(.councillors).path, ["name": "New Member", "ward": "Abbey", "party": "Green"], as: councillor)

        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.string.contains("Cllr Janet Holloway"))
        XCTAssertEqual(create.status, .forbidden)
    }

    func testOfficerChangesSomeoneInTheirUnitButNotInTheUnitAbove() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let sophie = try await record(Person.self, where: \.$name, is: "Sophie Kaur")
        let helen = try await record(Person.self, where: \.$name, is: "Helen Marsh")

        let allowed = try await post(SiteURL.record(.people, .id(sophie.id!)).path, personForm(sophie, jobTitle: "Senior Adviser"), as: officer)
        let refused = try await post(SiteURL.record(.people, .id(helen.id!)).path, personForm(helen, jobTitle: "Director"), as: officer)

        XCTAssertEqual(allowed.status, .seeOther)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.body.string.contains("You may only change people in your own unit."))
    }

    func testHeadOfUnitChangesSomeoneInAUnitBelowButNotInAnotherDepartment() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let sophie = try await record(Person.self, where: \.$name, is: "Sophie Kaur")
        let daniel = try await record(Person.self, where: \.$name, is: "Daniel Okafor")

        let allowed = try await post(SiteURL.record(.people, .id(sophie.id!)).path, personForm(sophie, jobTitle: "Team Leader"), as: head)
        let refused = try await post(SiteURL.record(.people, .id(daniel.id!)).path, personForm(daniel, jobTitle: "Director"), as: head)

        XCTAssertEqual(allowed.status, .seeOther)
        XCTAssertEqual(refused.status, .forbidden)
    }

    func testServiceCentreAgentLooksUpPeopleButMayNotManageUsers() async throws {
        let agent = try await signIn("agent@wrenmoor.example")

        let people = try await get(SiteURL.list(.people).path, as: agent)
        let users = try await get(SiteURL.list(.users).path, as: agent)

        XCTAssertEqual(people.status, .ok)
        XCTAssertEqual(users.status, .forbidden)
    }

    func testDemocraticServicesAddsACouncillorButMayNotAddAUnit() async throws {
        let democratic = try await signIn("democratic@wrenmoor.example")

        let councillor = try await post(SiteURL.list(.councillors).path, ["name": "Ada Quarmby", "ward": "Abbey", "party": "Green"], as: democratic)
        let unit = try await post(SiteURL.list(.units).path, ["name": "Elections", "kind": "team"], as: democratic)

        XCTAssertEqual(councillor.status, .seeOther)
        XCTAssertEqual(unit.status, .forbidden)
    }

    func testPerformanceOfficerReadsUnitsButMayNotReadTheAuditTrail() async throws {
        let performance = try await signIn("performance@wrenmoor.example")

        let units = try await get(SiteURL.list(.units).path, as: performance)
        let audit = try await get(SiteURL.audit.path, as: performance)

        XCTAssertEqual(units.status, .ok)
        XCTAssertEqual(audit.status, .forbidden)
    }

    func testAdministratorAddsAUnitButCannotSeeAnotherCouncilsUnits() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let castlebeck = try await signIn("admin@castlebeck.example")
        let contact = try await record(Unit.self, where: \.$name, is: "Contact Centre")

        let created = try await post(SiteURL.list(.units).path, ["name": "Digital Services", "kind": "team"], as: admin)
        let foreign = try await get(SiteURL.edit(.units, .id(contact.id!)).path, as: castlebeck)

        XCTAssertEqual(created.status, .seeOther)
        XCTAssertEqual(foreign.status, .notFound)
    }

    func testEveryRouteDeclaresItsAccessRule() {
        let unguarded = app.routes.all.filter { $0.access == nil }.map { "\($0.method) \($0.path.string)" }

        XCTAssertEqual(unguarded, [])
    }

    private func personForm(_ person: Person, jobTitle: String) -> [String: String] {
        ["name": person.name, "jobTitle": jobTitle, "unitID": person.unitID.uuidString,
         "email": person.email ?? "", "version": String(person.version)]
    }
}
