@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Plans as open data: the same plans and actions the reader sees on the pages.
final class PlanExportTests: BeaconTestCase {
    func testThePublicDownloadsPublishedPlansAndTheirActions() async throws {
        let contactCentre = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        _ = try await post(SiteURL.planList(council: "wrenmoor").path, ["unit": contactCentre.uuidString, "year": "2027"],
                           as: try await signIn("head.customer@wrenmoor.example"))
        let unit = try await record(Unit.self, where: \.$name, is: "Customer Services Division").id!
        let plan = try await XCTUnwrapAsync(await BusinessPlan.query(on: app.db).filter(\.$unitID == unit).filter(\.$year == 2026).first())

        let list = try await get(SiteURL.planListData(council: "wrenmoor", format: .json).path)
        let csv = try await get(SiteURL.planListData(council: "wrenmoor", format: .csv).path)
        let actions = try await get(SiteURL.planActionData(council: "wrenmoor", .id(plan.id!), format: .json).path)

        let plans = try decode([[String: String?]].self, list)
        XCTAssertEqual(plans.count, 3, "the three published plans, not the new draft")
        XCTAssertEqual(Set(plans.compactMap { $0["status"] ?? nil }), ["published", "superseded"])
        XCTAssertTrue(csv.body.string.hasPrefix("unit,year,horizon,status,published_revision,address\n"))
        let rows = try decode([[String: String?]].self, actions)
        XCTAssertEqual(rows.count, 25)
        let deferred = try XCTUnwrap(rows.first { $0["activity"] == "Deliver actions identified in the Customer Access Strategy" })
        XCTAssertEqual(deferred["smart"], "–––R–")
        XCTAssertEqual(deferred["resources"], "To be determined; £??")
        XCTAssertEqual(rows.first?["reference"], "5.1")
    }

    func testADraftsActionsAreNotDownloadableByThePublic() async throws {
        let contactCentre = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        _ = try await post(SiteURL.planList(council: "wrenmoor").path, ["unit": contactCentre.uuidString, "year": "2027"],
                           as: try await signIn("head.customer@wrenmoor.example"))
        let draft = try await XCTUnwrapAsync(await BusinessPlan.query(on: app.db).filter(\.$unitID == contactCentre).first())

        let response = try await get(SiteURL.planActionData(council: "wrenmoor", .id(draft.id!), format: .csv).path)

        XCTAssertEqual(response.status, .notFound)
    }

    func testHiddenOrUnknownAddressesAreNotFoundAndBadChoicesAreRefused() async throws {
        let contactCentre = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        _ = try await post(SiteURL.planList(council: "wrenmoor").path, ["unit": contactCentre.uuidString, "year": "2027"],
                           as: try await signIn("head.customer@wrenmoor.example"))
        let draft = try await XCTUnwrapAsync(await BusinessPlan.query(on: app.db).filter(\.$unitID == contactCentre).first())
        let unit = try await record(Unit.self, where: \.$name, is: "Customer Services Division").id!
        let published = try await XCTUnwrapAsync(await BusinessPlan.query(on: app.db).filter(\.$unitID == unit).filter(\.$year == 2026).first())

        let download = try await get(SiteURL.planDownload(council: "wrenmoor", .id(draft.id!)).path)
        let revision = try await get(SiteURL.planRevision(council: "wrenmoor", .id(published.id!), revision: "9").path)
        let strategy = try await get(SiteURL.strategy(council: "wrenmoor", .id(UUID())).path)
        let compare = try await get(SiteURL.planCompare(council: "wrenmoor", .id(published.id!)).path(query: [("from", "7")]))
        let otherCouncil = try await get(SiteURL.plan(council: "castlebeck", .id(published.id!)).path)
        let badChoice = try await get(SiteURL.planCompare(council: "wrenmoor", .id(published.id!)).path(query: [("from", "7")]),
                                      as: try await signIn("head.customer@wrenmoor.example"))

        XCTAssertEqual(download.status, .notFound)
        XCTAssertEqual(revision.status, .notFound)
        XCTAssertEqual(strategy.status, .notFound)
        XCTAssertEqual(compare.status, .notFound, "the public has only one version of this plan to compare")
        XCTAssertEqual(otherCouncil.status, .notFound)
        XCTAssertEqual(badChoice.status, .badRequest)
        XCTAssertTrue(badChoice.body.string.contains("Choose two versions of this plan from the lists."))
    }
}
