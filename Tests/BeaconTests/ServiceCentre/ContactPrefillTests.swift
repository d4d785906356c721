@testable import Beacon
import Fluent
import Foundation
import XCTest
import XCTVapor

/// An agent types a caller's details once: the request or complaint raised from the contact
/// starts with them.
final class ContactPrefillTests: BeaconTestCase {
    private let contacts = SiteURL.contactList(council: "wrenmoor").path

    private func followed(_ response: XCTHTTPResponse, as browser: Browser) async throws -> String {
        let location = try XCTUnwrap(response.headers.first(name: .location))
        return try await get(location, as: browser).body.string
    }

    func testARequestRaisedFromAContactStartsWithItsDetailsAndNotes() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let saved = try await post(contacts, ["service": "FLY_TIPPING", "channel": "phone", "outcome": "request_raised",
                                              "customerName": "Owen Pritchard", "customerContact": "owen@example.org",
                                              "notes": "Sofa dumped by the garages on Mill Lane"], as: agent)
        XCTAssertEqual(saved.status, .seeOther)
        let form = try await followed(saved, as: agent)

        XCTAssertTrue(form.contains("Sofa dumped by the garages on Mill Lane</textarea>"))
        XCTAssertTrue(form.contains(#"value="Owen Pritchard""#))
        XCTAssertTrue(form.contains(#"value="owen@example.org""#))
    }

    func testAComplaintLoggedFromAContactOpensAFilledInComplaintForm() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let saved = try await post(contacts, ["service": "MISSED_BIN", "channel": "phone", "outcome": "complaint",
                                              "customerName": "Rhian Davies", "customerContact": "01632 960777",
                                              "notes": "Third missed collection this month"], as: agent)
        XCTAssertEqual(saved.status, .seeOther)
        XCTAssertTrue(saved.headers.first(name: .location)?.contains("/service-centre/complaints?contact=") == true)
        let form = try await followed(saved, as: agent)

        XCTAssertTrue(form.contains(#"value="Rhian Davies""#))
        XCTAssertTrue(form.contains(#"value="01632 960777""#))
        XCTAssertTrue(form.contains("Third missed collection this month"))
        XCTAssertTrue(form.contains(#"<option value="MISSED_BIN" selected"#))
        let other = try await get(SiteURL.complaintList(council: "wrenmoor").path(query: [("contact", "999999999")]),
                                  as: agent)
        XCTAssertEqual(other.status, .ok, "an unknown contact starts an empty form")
        XCTAssertFalse(other.body.string.contains("Rhian Davies"))
    }
}
