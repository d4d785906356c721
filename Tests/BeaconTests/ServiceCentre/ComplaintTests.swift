@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Complaints through their statutory stages: who may do each step, deadlines, the report.
final class ComplaintTests: ServiceCentreTestCase {
    let complaints = SiteURL.complaintList(council: "wrenmoor").path

    func logComplaint(as browser: Browser, received: CalendarDate) async throws -> Complaint {
        let unit = try await record(Unit.self, where: \.$name, is: "Environmental Services")
        let response = try await post(complaints, ["complainantName": "Pat Resident", "complainantContact": "pat@example.com", "unit": unit.id!.uuidString,
                                                   "service": "MISSED_BIN", "about": "Bins missed three weeks running", "receivedOn": received.iso], as: browser)
        XCTAssertEqual(response.status, .seeOther)
        return try await record(Complaint.self, where: \.$complainantName, is: "Pat Resident")
    }

    func step(_ complaint: Complaint, _ step: ComplaintStep, _ form: [String: String], as browser: Browser) async throws -> XCTHTTPResponse {
        let current = try await XCTUnwrapAsync(await Complaint.find(complaint.id, on: app.db))
        return try await post(SiteURL.complaintStep(council: "wrenmoor", .id(complaint.id!), step: step.rawValue).path,
                              form.merging(["version": String(current.version)]) { a, _ in a }, as: browser)
    }

    func testAnAgentLogsAComplaintButCannotRecordItsOutcome() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let complaint = try await logComplaint(as: agent, received: today)

        let acknowledged = try await step(complaint, .acknowledge, [:], as: agent)
        let page = try await get(SiteURL.complaint(council: "wrenmoor", .id(complaint.id!)).path, as: agent)

        XCTAssertEqual(acknowledged.status, .forbidden)
        XCTAssertTrue(page.body.string.contains("Acknowledge"))
        XCTAssertFalse(page.body.string.contains("<form method=\"post\" action=\"\(SiteURL.complaintStep(council: "wrenmoor", .id(complaint.id!), step: "acknowledge").path)"),
                       "no step forms for an agent")
        XCTAssertTrue(complaint.reference.hasPrefix("CP-"))
    }

    func testAComplaintGoesThroughBothStagesWithAnExtensionAndItsDeadlinesFollow() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")
        let council = try await self.council
        let received = today.adding(days: -60)
        let complaint = try await logComplaint(as: agent, received: received)
        let acknowledgedOn = council.workingDays.adding(workingDays: 7, to: received)

        let early = try await step(complaint, .respondStage1, ["outcome": "upheld"], as: performance)
        let acknowledged = try await step(complaint, .acknowledge, ["on": acknowledgedOn.iso], as: performance)
        let tooLong = try await step(complaint, .extendStage1, ["days": "11", "reason": "Waiting for crews' logs"], as: performance)
        let extended = try await step(complaint, .extendStage1, ["days": "5", "reason": "Waiting for crews' logs"], as: performance)
        let beforeAcknowledging = try await step(complaint, .respondStage1, ["on": received.iso, "outcome": "upheld"], as: performance)
        let responded = try await step(complaint, .respondStage1, ["on": council.workingDays.adding(workingDays: 15, to: acknowledgedOn).iso, "outcome": "partly_upheld",
                                                                   "remedy": "Collection made; apology", "learning": "Crews now log missed streets"], as: performance)
        let escalated = try await step(complaint, .escalate, [:], as: performance)
        let waiting = try await get(complaints, as: performance)

        XCTAssertEqual(early.status, .conflict, "no response before acknowledging")
        XCTAssertEqual(acknowledged.status, .seeOther)
        XCTAssertEqual(tooLong.status, .unprocessableEntity)
        XCTAssertTrue(tooLong.body.string.contains("Extension must be"), tooLong.body.string)
        XCTAssertEqual(extended.status, .seeOther)
        XCTAssertEqual(beforeAcknowledging.status, .unprocessableEntity)
        XCTAssertEqual(responded.status, .seeOther)
        XCTAssertEqual(escalated.status, .seeOther)
        let done = try await XCTUnwrapAsync(await Complaint.find(complaint.id, on: app.db))
        let deadlines = done.deadlines(council)
        XCTAssertEqual(deadlines.acknowledge, council.workingDays.adding(workingDays: 5, to: received))
        XCTAssertEqual(deadlines.stage1Response, council.workingDays.adding(workingDays: 15, to: acknowledgedOn), "10 days and the 5 of the extension")
        XCTAssertEqual(done.dates.stage, .stage2)
        XCTAssertTrue(waiting.body.string.contains(complaint.reference))
        XCTAssertTrue(waiting.body.string.contains("stage 2 acknowledgement"))
        let page = try await get(SiteURL.complaint(council: "wrenmoor", .id(complaint.id!)).path, as: performance)
        XCTAssertTrue(page.body.string.contains("No, late"), "acknowledged on the seventh working day of five")
        XCTAssertTrue(page.body.string.contains("Extended by 5 working days: Waiting for crews"))
    }

    func testTheAnnualReportCountsStagesTimesOutcomesAndTheOmbudsman() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")
        let today = self.today
        let complaint = try await logComplaint(as: agent, received: today)
        _ = try await step(complaint, .acknowledge, [:], as: performance)
        _ = try await step(complaint, .respondStage1, ["outcome": "not_upheld", "learning": "Explain the rota better"], as: performance)
        _ = try await step(complaint, .referToOmbudsman, [:], as: performance)
        _ = try await step(complaint, .recordOmbudsman, ["outcome": "upheld", "decision": "Fault found; £100 for time and trouble"], as: performance)

        let report = try await get(SiteURL.complaintReport(council: "wrenmoor").path, as: performance)
        let badYear = try await get(SiteURL.complaintReport(council: "wrenmoor").path + "?year=last-year", as: performance)
        let councillor = try await signIn("councillor@wrenmoor.example")
        let forCouncillor = try await get(SiteURL.complaintReport(council: "wrenmoor").path, as: councillor)

        let body = report.body.string
        XCTAssertEqual(report.status, .ok)
        XCTAssertTrue(body.contains("Acknowledged in time</th><td>1 of 1 (100.0%)"), body)
        XCTAssertTrue(body.contains("Outcome: not upheld</th><td>1"))
        XCTAssertTrue(body.contains("Referred to the ombudsman</th><td>1"))
        XCTAssertTrue(body.contains("Ombudsman&apos;s finding: upheld</th><td>1") || body.contains("Ombudsman's finding: upheld</th><td>1"))
        XCTAssertTrue(body.contains("Explain the rota better"))
        XCTAssertEqual(badYear.status, .badRequest)
        XCTAssertEqual(forCouncillor.status, .forbidden)
    }

    func testAnEmptyComplaintIsRefusedAndUnknownOnesAreNotFound() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let councillor = try await signIn("councillor@wrenmoor.example")

        let empty = try await post(complaints, ["receivedOn": "2099-01-01"], as: agent)
        let unknown = try await get(SiteURL.complaint(council: "wrenmoor", .id(UUID())).path, as: agent)
        let unknownRequest = try await get(SiteURL.serviceRequest(council: "wrenmoor", .id(UUID())).path, as: agent)
        let listForCouncillor = try await get(complaints, as: councillor)
        let measuresForPublic = try await get(SiteURL.measures(council: "wrenmoor").path)

        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.body.string.contains("Enter complainant&apos;s name") || empty.body.string.contains("Enter complainant's name"))
        XCTAssertTrue(empty.body.string.contains("A complaint cannot be received in the future"))
        XCTAssertEqual(unknown.status, .notFound)
        XCTAssertEqual(unknownRequest.status, .notFound)
        XCTAssertEqual(listForCouncillor.status, .forbidden)
        XCTAssertNotEqual(measuresForPublic.status, .ok)
    }
}
