@testable import Beacon
import Fluent
import Foundation
import XCTest
import XCTVapor

/// A resident reports a problem without signing in, and follows it by its reference.
final class ResidentJourneyTests: BeaconTestCase {
    private let report = SiteURL.report(council: "wrenmoor")
    private let bins = SiteURL.reportService(council: "wrenmoor", service: "MISSED_BIN")

    func testAResidentFindsAServiceReportsAProblemAndFollowsIt() async throws {
        let search = try await get(report.path(query: [("q", "bin")]))
        XCTAssertEqual(search.status, .ok)
        XCTAssertTrue(search.body.string.contains(bins.path))
        XCTAssertFalse(search.body.string.contains("Noise complaint"))
        let visitor = try await visit(bins)
        let sent = try await post(bins.path, ["attribute[bin_type]": "recycling", "address_string": "14 Elm Road",
                                              "description": "Blue bin left full", "first_name": "Ann",
                                              "email": "ann@example.org"], as: visitor)

        XCTAssertEqual(sent.status, .created)
        let reference = try XCTUnwrap(sent.body.string.firstMatch(of: #/SR-2026-\d{6}/#).map { String($0.output) })
        let saved = try await XCTUnwrapAsync(await ServiceRequest.query(on: app.db)
            .filter(\.$reference == reference).first())
        XCTAssertEqual(saved.answers["bin_type"], "Recycling")
        XCTAssertEqual(saved.address, "14 Elm Road")
        XCTAssertEqual(saved.reporterEmail, "ann@example.org")
        XCTAssertEqual(saved.raisedVia, "residents' web form")
        let tracked = try await get(SiteURL.track(council: "wrenmoor").path(query: [("reference",
            reference.lowercased())]))
        XCTAssertEqual(tracked.status, .ok)
        XCTAssertTrue(tracked.body.string.contains("\(reference): Missed bin collection"))
        XCTAssertTrue(tracked.body.string.contains("Open"))
        XCTAssertFalse(tracked.body.string.contains("ann@example.org"), "never anyone's details")
        XCTAssertFalse(tracked.body.string.contains("Blue bin left full"))

        let officer = try await signIn("performance@wrenmoor.example")
        let moved = try await post(SiteURL.requestUpdates(council: "wrenmoor", .id(try saved.requireID())).path,
                                   ["status": "in_progress", "version": "1"], as: officer)
        XCTAssertEqual(moved.status, .seeOther)
        let outbox = try await OutboxMessage.query(on: app.db).sort(\.$createdAt).all()
        XCTAssertEqual(outbox.map(\.recipient), ["ann@example.org", "ann@example.org"])
        XCTAssertEqual(outbox.map(\.subject),
            ["Your request \(reference): open", "Your request \(reference): in progress"])
        XCTAssertTrue(outbox[0].body.contains("/councils/wrenmoor/track?reference=\(reference)"))
        XCTAssertNil(outbox[0].sentAt, "kept until a sender delivers it")
    }

    func testTheFormSaysWhatIsMissingAndAnUnknownReferenceIsNotFound() async throws {
        let visitor = try await visit(bins)
        let empty = try await post(bins.path, ["description": "Bin"], as: visitor)
        let badPlace = try await post(bins.path, ["attribute[bin_type]": "recycling", "lat": "200", "long": "1"],
            as: visitor)
        let noToken = try await post(bins.path, ["attribute[bin_type]": "recycling", "address_string": "1 High Street"],
                                     as: visitor, withToken: false)
        let unknownService = try await get(SiteURL.reportService(council: "wrenmoor", service: "DRAGONS").path)
        let unknown = try await get(SiteURL.track(council: "wrenmoor").path(query: [("reference", "SR-1999-000001")]))

        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.body.string.contains("A location is required"))
        XCTAssertEqual(badPlace.status, .unprocessableEntity)
        XCTAssertTrue(badPlace.body.string.contains("Give both latitude and longitude"))
        XCTAssertEqual(noToken.status, .forbidden)
        XCTAssertEqual(unknownService.status, .notFound)
        XCTAssertEqual(unknown.status, .notFound)
        XCTAssertTrue(unknown.body.string.contains("There is no request SR-1999-000001"))
        let count = try await ServiceRequest.query(on: app.db).filter(\.$raisedVia == "residents' web form").count()
        XCTAssertEqual(count, 0)
    }
}
