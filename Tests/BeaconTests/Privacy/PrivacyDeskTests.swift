@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import XCTest
import XCTVapor

/// The privacy pages: who may use them, what they refuse, and the access log.
final class PrivacyDeskTests: BeaconTestCase {
    private let dpo = "dpo@wrenmoor.example"

    func testOnlyTheDataProtectionOfficerOrAnAdministratorUsesTheDesk() async throws {
        let officer = try await signIn(dpo)
        let admin = try await signIn(DemoData.administratorEmail)
        let agent = try await signIn("agent@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")

        let value1 = try await get(SiteURL.privacy(council: "wrenmoor").path, as: officer).status
        XCTAssertEqual(value1, .ok)
        let value2 = try await get(SiteURL.privacy(council: "wrenmoor").path, as: admin).status
        XCTAssertEqual(value2, .ok)
        let value3 = try await get(SiteURL.privacy(council: "wrenmoor").path, as: agent).status
        XCTAssertEqual(value3, .forbidden)
        let refused = try await privacyPost(.privacySearch(council: "wrenmoor"), ["name": resident], as: performance)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.body.string.contains("data protection officer"))
        let value4 = try await get(SiteURL.accessLog(council: "wrenmoor").path).status
        XCTAssertEqual(value4, .seeOther, "the public signs in")
        let value5 = try await get(SiteURL.privacy(council: "castlebeck").path, as: officer).status
        XCTAssertEqual(value5, .forbidden)
        let home = try await get(SiteURL.home.path, as: officer)
        XCTAssertTrue(home.body.string.contains(SiteURL.privacy(council: "wrenmoor").path), "in the navigation")
    }

    func testBadInputIsRefusedWithAMessage() async throws {
        let officer = try await signIn(dpo)
        let nothing = try await privacyPost(.privacySearch(council: "wrenmoor"), ["name": "  "], as: officer)
        let short = try await privacyPost(.privacySearch(council: "wrenmoor"), ["name": "Li"], as: officer)
        let noReason = try await privacyPost(.privacyErasures(council: "wrenmoor"), ["name": resident], as: officer)
        let badKind = try await get(SiteURL.accessLog(council: "wrenmoor").path + "?kind=letters", as: officer)
        let badMonths = try await post(SiteURL.retention(council: "wrenmoor").path,
                                       ["contact_details": "0", "closed_requests": "24", "closed_complaints": "many",
                                        "representations": "72", "access_log": "24"], as: officer)

        XCTAssertEqual(nothing.status, .unprocessableEntity)
        XCTAssertTrue(nothing.body.string.contains("Enter a name, an email address, a phone number or a reference"))
        XCTAssertEqual(short.status, .unprocessableEntity)
        XCTAssertTrue(short.body.string.contains("too short to find one person"))
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        XCTAssertTrue(noReason.body.string.contains("Why the data is erased"))
        let value6 = try await Erasure.query(on: app.db).count()
        XCTAssertEqual(value6, 0, "nothing erased without a reason")
        XCTAssertEqual(badKind.status, .badRequest)
        XCTAssertEqual(badMonths.status, .unprocessableEntity)
        XCTAssertTrue(badMonths.body.string.contains("Contacts&#x27; personal details")
                      || badMonths.body.string.contains("Contacts’ personal details")
                      || badMonths.body.string.contains("Contacts' personal details"))
        let value7 = try await RetentionPeriod.query(on: app.db).count()
        XCTAssertEqual(value7, 0)
    }

    func testOpeningAComplaintOrRequestIsInTheAccessLog() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let complaint = try await unwrap(Complaint.query(on: app.db).filter(\.$complainantName == resident).first())
        let request = try await unwrap(ServiceRequest.query(on: app.db).first())
        _ = try await get(SiteURL.complaint(council: "wrenmoor", .id(complaint.id!)).path, as: agent)
        _ = try await get(SiteURL.serviceRequest(council: "wrenmoor", .id(request.id!)).path, as: agent)
        let officer = try await signIn(dpo)
        let all = try await get(SiteURL.accessLog(council: "wrenmoor").path, as: officer)
        let complaintsOnly = try await get(SiteURL.accessLog(council: "wrenmoor").path + "?kind=complaint", as: officer)

        XCTAssertEqual(all.status, .ok)
        XCTAssertTrue(all.body.string.contains("agent@wrenmoor.example"))
        XCTAssertTrue(all.body.string.contains(complaint.reference))
        XCTAssertTrue(all.body.string.contains(request.reference))
        XCTAssertFalse(all.body.string.contains(resident), "the log names the record, not the person")
        XCTAssertTrue(complaintsOnly.body.string.contains(complaint.reference))
        XCTAssertFalse(complaintsOnly.body.string.contains(request.reference))
        let entries = try await AccessLogEntry.query(on: app.db).all()
        XCTAssertEqual(Set(entries.map(\.recordType)), ["complaint", "service request"])
        XCTAssertTrue(entries.allSatisfy { $0.openedAt == now })
    }

    func testRetentionPeriodsAreSavedAndAudited() async throws {
        let officer = try await signIn(dpo)
        let saved = try await post(SiteURL.retention(council: "wrenmoor").path,
                                   ["contact_details": "12", "closed_requests": "24", "closed_complaints": "84",
                                    "representations": "72", "access_log": "24"], as: officer)

        XCTAssertEqual(saved.status, .seeOther)
        let periods = try await RetentionPeriod.query(on: app.db).all()
        XCTAssertEqual(periods.first { $0.record == .contactDetails }?.months, 12)
        XCTAssertEqual(periods.first { $0.record == .closedComplaints }?.months, 84)
        let page = try await get(SiteURL.privacy(council: "wrenmoor").path, as: officer)
        XCTAssertTrue(page.body.string.contains("12 months"))
        XCTAssertTrue(page.body.string.contains("24 months"))
        let audited = try await AuditEntry.query(on: app.db).filter(\.$recordType == "retention period").count()
        XCTAssertEqual(audited, RetainedRecord.allCases.count)
    }
}
