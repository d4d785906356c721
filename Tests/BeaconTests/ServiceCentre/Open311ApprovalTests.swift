@testable import Beacon
import Fluent
import Foundation
import XCTest
import XCTVapor

/// A council that approves Open311 requests first: the app gets a token, staff approve or
/// refuse, and the token tells the app which.
final class Open311ApprovalTests: BeaconTestCase {
    private func raise(_ fields: [String: String]) async throws -> XCTHTTPResponse {
        var headers = HTTPHeaders()
        var body = ByteBuffer()
        try URLEncodedFormEncoder().encode(fields, to: &body, headers: &headers)
        return try await app.testable().sendRequest(.POST, SiteURL.open311Requests(format: "json").path,
                                                    headers: headers, body: body)
    }

    private func first(_ response: XCTHTTPResponse) throws -> [String: Any] {
        let list = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]]
        return try XCTUnwrap(list?.first)
    }

    private func token(_ token: String) async throws -> XCTHTTPResponse {
        try await get(SiteURL.open311Token(token: "\(token).json").path(query: [("jurisdiction_id", "wrenmoor")]))
    }

    func testAHeldRequestIsRaisedWhenApprovedAndItsTokenSaysSo() async throws {
        let council = try await XCTUnwrapAsync(await Council.query(on: app.db).filter(\.$slug == "wrenmoor").first())
        council.open311Approval = true
        try await council.save(on: app.db)
        let key = try await issueAPIKey(role: "service_centre_agent")
        let base = ["api_key": key, "jurisdiction_id": "wrenmoor", "service_code": "FLY_TIPPING",
                    "address_string": "The lay-by on the A46", "attribute[size]": "a_van_load_or_more"]
        let held = try await raise(base.merging(["description": "Builders' rubble"]) { $1 })
        let other = try await raise(base.merging(["description": "More rubble"]) { $1 })
        let refusedTooSoon = try await raise(base.filter { $0.key != "attribute[size]" })

        XCTAssertEqual(held.status, .created)
        XCTAssertEqual(refusedTooSoon.status, .badRequest, "checked when received")
        let receipt = try first(held)
        XCTAssertNil(receipt["service_request_id"])
        let heldToken = try XCTUnwrap(receipt["token"] as? String)
        let otherToken = try XCTUnwrap(try first(other)["token"] as? String)
        let waiting = try await token(heldToken)
        XCTAssertNil(try first(waiting)["service_request_id"], "still waiting")

        let agent = try await signIn("agent@wrenmoor.example")
        let page = try await get(SiteURL.open311Approvals(council: "wrenmoor").path, as: agent)
        XCTAssertTrue(page.body.string.contains("Builders&#x27; rubble")
                      || page.body.string.contains("Builders' rubble"))
        let approve = SiteURL.open311Decision(council: "wrenmoor", .id(try XCTUnwrap(UUID(uuidString: heldToken))),
                                              step: "approve")
        let approved = try await post(approve.path, [:], as: agent)
        let twice = try await post(approve.path, [:], as: agent)
        let refuse = SiteURL.open311Decision(council: "wrenmoor", .id(try XCTUnwrap(UUID(uuidString: otherToken))),
                                             step: "refuse")
        let noReason = try await post(refuse.path, [:], as: agent)
        let refused = try await post(refuse.path, ["reason": "Already reported"], as: agent)

        XCTAssertEqual(approved.status, .seeOther)
        XCTAssertEqual(twice.status, .conflict)
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        XCTAssertEqual(refused.status, .seeOther)
        let answered = try await token(heldToken)
        let reference = try XCTUnwrap(try first(answered)["service_request_id"] as? String)
        let raised = try await XCTUnwrapAsync(await ServiceRequest.query(on: app.db)
            .filter(\.$reference == reference).first())
        XCTAssertEqual(raised.details, "Builders' rubble")
        XCTAssertEqual(raised.answers["size"], "A van load or more")
        XCTAssertEqual(raised.raisedVia, "Open311 (API key Test system)")
        let refusedToken = try await token(otherToken)
        let refusal = try first(refusedToken)
        XCTAssertNil(refusal["service_request_id"])
        XCTAssertEqual(refusal["service_notice"] as? String, "Not accepted: Already reported")
        let unknown = try await token(UUID().uuidString)
        XCTAssertEqual(unknown.status, .notFound)
        let councillor = try await signIn("councillor@wrenmoor.example")
        let refusedRole = try await get(SiteURL.open311Approvals(council: "wrenmoor").path, as: councillor)
        XCTAssertEqual(refusedRole.status, .forbidden)
    }
}
