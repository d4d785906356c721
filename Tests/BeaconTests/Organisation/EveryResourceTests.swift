@testable import Beacon
import XCTVapor

/// The refusal and bad-input rules for every kind of record the administration pages manage.
final class EveryResourceTests: BeaconTestCase {
    let managed: [Resource] = [.councils, .partnerships, .delegations, .committeeMembers, .units, .people,
                               .councillors, .positions, .users, .priorities, .services]

    func testAServiceCentreAgentMayAddNoKindOfRecord() async throws {
        let agent = try await signIn("agent@wrenmoor.example")

        for resource in managed + [.apiKeys, .committees, .meetings] {
            let response = try await post(SiteURL.list(resource).path, ["name": "Anything"], as: agent)
            XCTAssertEqual(response.status, .forbidden, resource.rawValue)
        }
        let admin = try await get(SiteURL.admin.path, as: agent)
        XCTAssertEqual(admin.status, .forbidden)
    }

    func testAnEmptyFormGetsAnErrorSummaryForEveryKindOfRecord() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        for resource in managed + [.apiKeys] {
            let response = try await post(SiteURL.list(resource).path, [:], as: admin)
            XCTAssertEqual(response.status, .unprocessableEntity, resource.rawValue)
            XCTAssertTrue(response.body.string.contains("There is a problem"), resource.rawValue)
        }
    }

    func testClosingWithoutAVersionIsRefusedWithAMessage() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let unit = try await record(Unit.self, where: \.$name, is: "Housing Services")

        let response = try await post(SiteURL.close(.units, .id(unit.id!)).path, [:], as: admin)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("Send the version of the unit you are changing"))
    }
}
