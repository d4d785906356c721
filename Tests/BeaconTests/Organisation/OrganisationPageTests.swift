@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

final class OrganisationPageTests: BeaconTestCase {
    func testEveryListNewAndEditPageOpensForAnAdministrator() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let first: [Resource: UUID?] = [
            .councils: try await Council.query(on: app.db).filter(\.$slug == "wrenmoor").first()?.id,
            .partnerships: try await Partnership.query(on: app.db).first()?.id,
            .delegations: try await Delegation.query(on: app.db).first()?.id,
            .committeeMembers: try await JointCommitteeMember.query(on: app.db).first()?.id,
            .units: try await Unit.query(on: app.db).first()?.id,
            .people: try await Person.query(on: app.db).first()?.id,
            .councillors: try await Councillor.query(on: app.db).first()?.id,
            .positions: try await Position.query(on: app.db).first()?.id,
            .users: try await User.query(on: app.db).first()?.id,
        ]

        for (resource, id) in first {
            let list = try await get(SiteURL.list(resource).path, as: admin)
            let new = try await get(SiteURL.new(resource).path, as: admin)
            let edit = try await get(SiteURL.edit(resource, .id(try XCTUnwrap(id ?? nil))).path, as: admin)
            XCTAssertEqual([list.status, new.status, edit.status], [.ok, .ok, .ok], resource.rawValue)
        }
    }

    func testANewCouncilComesWithItsFirstAdministrator() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let response = try await post(SiteURL.list(.councils).path, [
            "name": "Fernholt Town Council", "slug": "fernholt", "nation": "wales", "callInThreshold": "4",
            "serviceStandardDays": "15", "tolerancePercent": "10", "adminName": "Iolo Maddox",
            "adminEmail": "admin@fernholt.example", "adminPassword": "a long enough password",
        ], as: admin)
        let fernholtAdmin = try await signIn("admin@fernholt.example", password: "a long enough password")
        let settings = try await get(SiteURL.list(.units).path, as: fernholtAdmin)

        XCTAssertEqual(response.status, .seeOther)
        let council = try await record(Council.self, where: \.$slug, is: "fernholt")
        XCTAssertEqual(council.nation, .wales)
        XCTAssertEqual(settings.status, .ok)
        XCTAssertTrue(settings.body.string.contains("Fernholt Town Council"))
    }

    func testAPartnershipNeedsTheAdministratorsOwnCouncilAndAnother() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let castlebeck = try await record(Council.self, where: \.$slug, is: "castlebeck")
        var form = ["name": "Shared Revenues", "purpose": "One revenues and benefits service", "jointCommitteeName": "Revenues Joint Committee"]

        form["councilIDs[]"] = castlebeck.id!.uuidString
        let refused = try await post(SiteURL.list(.partnerships).path, form, as: admin)

        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("Choose your own council and at least one other partner"))
    }

    func testAPositionNeedsItsPortfolioAndAnEndAfterItsStart() async throws {
        let democratic = try await signIn("democratic@wrenmoor.example")
        let councillor = try await record(Councillor.self, where: \.$name, is: "Linda Carrow")

        let response = try await post(SiteURL.list(.positions).path, [
            "councillorID": councillor.id!.uuidString, "kind": "portfolio_holder", "startsOn": "2025-05-01", "endsOn": "2025-04-30",
        ], as: democratic)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("Enter the portfolio"))
        XCTAssertTrue(response.body.string.contains("End date must be on or after the start date"))
    }

    func testADelegationIsRecordedAgainstAPartnershipOfTheCouncil() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let partnership = try await XCTUnwrapAsync(await Partnership.query(on: app.db).first())

        let response = try await post(SiteURL.list(.delegations).path, [
            "partnershipID": partnership.id!.uuidString, "functions": "Setting the opening hours of the shared centre",
            "principles": "Within the agreed budget", "decisionReference": "Cabinet, 2 July 2026, minute 14", "startsOn": "2026-08-01",
        ], as: admin)
        let page = try await get(SiteURL.edit(.partnerships, .id(partnership.id!)).path, as: admin)

        XCTAssertEqual(response.status, .seeOther)
        XCTAssertTrue(page.body.string.contains("Setting the opening hours of the shared centre"))
    }

    func testClosingAPersonKeepsTheirRecord() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let owen = try await record(Person.self, where: \.$name, is: "Owen Price")

        let closed = try await post(SiteURL.close(.people, .id(owen.id!)).path, ["version": "1"], as: admin)
        let again = try await post(SiteURL.close(.people, .id(owen.id!)).path, ["version": "2"], as: admin)
        let page = try await get(SiteURL.edit(.people, .id(owen.id!)).path, as: admin)

        XCTAssertEqual(closed.status, .seeOther)
        XCTAssertEqual(again.status, .conflict)
        XCTAssertTrue(page.body.string.contains("Left the council on"))
    }

    func testAnOfficerCannotMoveSomeoneOutOfTheirUnit() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let sophie = try await record(Person.self, where: \.$name, is: "Sophie Kaur")
        let housing = try await record(Unit.self, where: \.$name, is: "Housing Services")

        let response = try await post(SiteURL.record(.people, .id(sophie.id!)).path, [
            "name": "Sophie Kaur", "jobTitle": "Adviser", "unitID": housing.id!.uuidString, "version": "1",
        ], as: officer)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("Choose a unit you look after"))
    }

    func testAUserForAUnitRoleNeedsAUnitAndAStrongPassword() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let response = try await post(SiteURL.list(.users).path, [
            "name": "New Officer", "email": "admin@wrenmoor.example", "role": "officer", "password": "short",
        ], as: admin)

        XCTAssertEqual(response.status, .unprocessableEntity)
        let page = response.body.string
        XCTAssertTrue(page.contains("Choose the unit this officer acts for"))
        XCTAssertTrue(page.contains("Another user already has this email address"))
        XCTAssertTrue(page.contains("Password must be at least 12 characters"))
    }

    func testACouncillorSeesTheirPositionsOnTheirHomePage() async throws {
        let councillor = try await signIn("councillor@wrenmoor.example")

        let home = try await get(SiteURL.home.path, as: councillor)

        XCTAssertTrue(home.body.string.contains("Leader of the council"))
    }

    func testTheDemoDataHasWhatTheREADMEPromises() async throws {
        let councillors = try await Councillor.query(on: app.db).count()
        let roles = Set(try await User.query(on: app.db).all().map(\.role))
        let delegations = try await Delegation.query(on: app.db).count()

        XCTAssertEqual(councillors, 23, "20 in Wrenmoor and 3 in Castlebeck")
        XCTAssertEqual(roles, Set(Role.allCases))
        XCTAssertEqual(delegations, 3, "each council's to the joint committee, and Wrenmoor cabinet's resolution on stage 1 complaints")
    }
}
