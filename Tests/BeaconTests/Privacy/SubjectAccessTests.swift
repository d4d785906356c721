@testable import Beacon
import Fluent
import Foundation
import SQLKit
import XCTest
import XCTVapor

/// Subject access and erasure of a demo resident, checked against a grep of the whole store.
final class SubjectAccessTests: BeaconTestCase {
    private let dpo = "dpo@wrenmoor.example"

    func testTheExportHoldsEveryRecordAGrepOfTheStoreFinds() async throws {
        let officer = try await signIn(dpo)
        let search = try await privacyPost(.privacySearch(council: "wrenmoor"), ["name": resident], as: officer)
        XCTAssertEqual(search.status, .ok)
        XCTAssertTrue(search.body.string.contains("Complaints and the council&#x27;s responses (1)")
                      || search.body.string.contains("Complaints and the council's responses (1)"))
        let grep = try await grepStore(for: resident)
        let export = try await privacyPost(.privacyExport(council: "wrenmoor"), ["name": resident], as: officer)

        XCTAssertEqual(export.status, .ok)
        XCTAssertEqual(export.headers.contentType?.subType, "zip")
        let files = try unzip(export.body)
        var exported: [String: Int] = [:]
        for (path, data) in files where path.hasSuffix(".json") {
            let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            exported[String(path.dropLast(5))] = rows.count
        }
        XCTAssertEqual(exported, grep, "every row the grep finds is in the export, and no other")
        XCTAssertNotNil(grep["complaints"])
        XCTAssertNotNil(grep["service_requests"])
        XCTAssertNotNil(grep["audit_entries"], "the search itself is in the audit trail, with what was searched")
        let summary = String(decoding: try XCTUnwrap(files["summary.html"]), as: UTF8.self)
        XCTAssertTrue(summary.contains("Information Wrenmoor District Council holds about you"))
        XCTAssertTrue(summary.contains(DemoCasework.resident.address))
    }

    func testAReferenceBringsInThePersonOnThatRecord() async throws {
        let officer = try await signIn(dpo)
        let complaint = try await unwrap(Complaint.query(on: app.db).filter(\.$complainantName == resident).first())
        let search = try await privacyPost(.privacySearch(council: "wrenmoor"), ["reference": complaint.reference],
                                           as: officer)

        XCTAssertEqual(search.status, .ok)
        XCTAssertTrue(search.body.string.contains(DemoCasework.residentRequest), "her request, found by her name")
        XCTAssertTrue(search.body.string.contains(DemoCasework.resident.email))
    }

    func testSearchAndExportAreAuditedAndLogged() async throws {
        let officer = try await signIn(dpo)
        let email = ["email": DemoCasework.resident.email]
        _ = try await privacyPost(.privacySearch(council: "wrenmoor"), email, as: officer)
        _ = try await privacyPost(.privacyExport(council: "wrenmoor"), email, as: officer)

        let audit = try await AuditEntry.query(on: app.db).filter(\.$recordType == "subject access").sort(\.$at).all()
        XCTAssertEqual(audit.map(\.change), ["search", "export"])
        XCTAssertTrue(audit.allSatisfy { $0.after?.contains(DemoCasework.resident.email) == true })
        XCTAssertTrue(audit.allSatisfy { $0.actorLabel == self.dpo })
        let log = try await get(SiteURL.accessLog(council: "wrenmoor").path, as: officer)
        XCTAssertTrue(log.body.string.contains("subject access export"))
        XCTAssertTrue(log.body.string.contains("Subject access search: "))
        XCTAssertFalse(log.body.string.contains(DemoCasework.resident.email), "the log names no one searched for")
    }

    func testErasureLeavesNothingAGrepFindsAndKeepsTheCounts() async throws {
        let officer = try await signIn(dpo)
        _ = try await privacyPost(.privacySearch(council: "wrenmoor"), ["name": resident], as: officer)
        let complaints = try await Complaint.query(on: app.db).count()
        let requests = try await ServiceRequest.query(on: app.db).count()
        let complaint = try await unwrap(Complaint.query(on: app.db).filter(\.$complainantName == resident).first())
        let reason = "Her request under Article 17, received on 20 November"
        let erased = try await privacyPost(.privacyErasures(council: "wrenmoor"),
                                           ["name": resident, "email": DemoCasework.resident.email, "reason": reason],
                                           as: officer)

        XCTAssertEqual(erased.status, .ok)
        XCTAssertTrue(erased.body.string.contains("Complaints and the council"))
        let left = try await grepStore(for: resident)
        XCTAssertEqual(left, [:], "after erasure a grep of the store finds nothing")
        let value1 = try await grepStore(for: DemoCasework.resident.email)
        XCTAssertEqual(value1, [:])
        let value2 = try await Complaint.query(on: app.db).count()
        XCTAssertEqual(value2, complaints)
        let value3 = try await ServiceRequest.query(on: app.db).count()
        XCTAssertEqual(value3, requests)
        let after = try await unwrap(Complaint.find(complaint.id, on: app.db))
        XCTAssertEqual(after.complainantName, "[erased]")
        XCTAssertEqual(after.receivedOn, complaint.receivedOn)
        XCTAssertEqual(after.escalatedOn, complaint.escalatedOn)
        XCTAssertEqual(after.stage1Outcome, complaint.stage1Outcome)
        let tombstone = try await unwrap(Erasure.query(on: app.db).first())
        XCTAssertEqual(tombstone.reason, reason)
        XCTAssertTrue(tombstone.summary.contains("Complaints and the council's responses: 1"))
        XCTAssertEqual(tombstone.byLabel, dpo)
    }

    func testAComplaintWithTheOmbudsmanIsKeptWhole() async throws {
        let complaint = try await unwrap(Complaint.query(on: app.db).filter(\.$complainantName == resident).first())
        let request = try await unwrap(ServiceRequest.query(on: app.db)
            .filter(\.$details == DemoCasework.residentRequest).first())
        complaint.ombudsmanReferredOn = today.adding(days: -3)
        try await complaint.save(on: app.db)
        let officer = try await signIn(dpo)
        let erased = try await privacyPost(.privacyErasures(council: "wrenmoor"),
                                           ["name": resident, "reason": "Her request under Article 17"], as: officer)

        XCTAssertEqual(erased.status, .ok)
        let held = "\(complaint.reference): With the Local Government and Social Care Ombudsman"
        XCTAssertTrue(erased.body.string.contains(held))
        let value4 = try await Complaint.find(complaint.id, on: app.db)?.complainantName
        XCTAssertEqual(value4, resident)
        let requestAfter = try await ServiceRequest.find(request.id, on: app.db)
        XCTAssertNil(requestAfter?.reporterName, "her other records are erased")
        let value5 = try await grepStore(for: resident).keys.sorted()
        XCTAssertEqual(value5, ["complaints"])
    }

    func testContactsAndAttachedDocumentsAreExportedAndContactsErased() async throws {
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        try await sql.raw("""
            UPDATE contacts SET customer_name = \(bind: resident), notes = 'Asked about the damp'
            WHERE id = (SELECT MAX(id) FROM contacts)
            """).run()
        let council = try await unwrap(Council.query(on: app.db).filter(\.$slug == "wrenmoor").first())
        let document = AttachedDocument()
        (document.councilID, document.title) = (try council.requireID(), "Letter from \(resident)")
        document.fileName = "../letter.txt"
        (document.mediaType, document.fileBytes) = ("text/plain", Data("Dear council".utf8))
        document.size = document.fileBytes.count
        try await document.create(on: app.db)
        let officer = try await signIn(dpo)

        let export = try await privacyPost(.privacyExport(council: "wrenmoor"), ["name": resident], as: officer)
        let files = try unzip(export.body)
        let contactsFile = try unwrap(files["contacts.json"])
        let contacts = try XCTUnwrap(JSONSerialization.jsonObject(with: contactsFile) as? [[String: Any]])
        XCTAssertEqual(contacts.count, 1)
        XCTAssertEqual(contacts.first?["notes"] as? String, "Asked about the damp")
        XCTAssertEqual(files["files/\(try document.requireID().uuidString)-_letter.txt"], Data("Dear council".utf8),
                       "the file, its name unable to leave the folder")
        let documents = String(decoding: try unwrap(files["attached_documents.json"]), as: UTF8.self)
        XCTAssertFalse(documents.contains("file_bytes"), "file contents go in as files, not JSON")

        let erased = try await privacyPost(.privacyErasures(council: "wrenmoor"),
                                           ["name": resident, "reason": "Her request under Article 17"], as: officer)
        XCTAssertTrue(erased.body.string.contains("Attached documents: 1"), "a document is listed, not changed")
        let left = try await grepStore(for: resident)
        XCTAssertEqual(left, ["attached_documents": 1])
    }
}
