@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Service requests: raised three ways, due by the standard, updated by their department only.
final class ServiceRequestTests: ServiceCentreTestCase {
    let requests = SiteURL.requestList(council: "wrenmoor").path

    func raise(_ form: [String: String], as browser: Browser) async throws -> XCTHTTPResponse {
        try await post(requests, form, as: browser)
    }

    func testAnAgentRaisesARequestFromAContactAndItIsDueByTheStandard() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let saved = try await post(SiteURL.contactList(council: "wrenmoor").path, ["service": "MISSED_BIN", "channel": "phone", "outcome": "request_raised"], as: agent)
        let next = try XCTUnwrap(saved.headers.first(name: .location))
        let form = try await get(next, as: agent)
        let contact = try XCTUnwrap(next.firstMatch(of: #/contact=(\d+)/#).map { String($0.output.1) })

        let raised = try await raise(["service": "MISSED_BIN", "contact": contact, "description": "Blue bin missed on Elm Road",
                                      "answers[bin_type]": "Recycling", "address": "12 Elm Road, Wrenmoor", "reporterName": "A Resident"], as: agent)

        XCTAssertTrue(next.contains("service=MISSED_BIN"), "a contact that raised a request opens the request form")
        XCTAssertTrue(form.body.string.contains("Which bin was missed?"), "the service's questions are asked")
        XCTAssertEqual(raised.status, .seeOther)
        let request = try await XCTUnwrapAsync(await ServiceRequest.query(on: app.db).filter(\.$raisedVia == "contact").first())
        let today = self.today
        let due = try await council.workingDays.adding(workingDays: 2, to: today)
        XCTAssertEqual(request.due, due, "missed bins: two working days")
        XCTAssertEqual(request.answers, ["bin_type": "Recycling"])
        XCTAssertEqual(request.raisedVia, "contact")
        XCTAssertEqual(request.contactID, Int(contact))
        XCTAssertTrue(request.reference.hasPrefix("SR-\(today.year)-0000"))
        let environmental = try await record(Unit.self, where: \.$name, is: "Environmental Services")
        XCTAssertEqual(request.departmentID, environmental.id)
    }

    func testBadRequestsAreRefusedWithMessagesAndCouncillorsSeeNone() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let councillor = try await signIn("councillor@wrenmoor.example")
        let before = try await ServiceRequest.query(on: app.db).count()

        let unanswered = try await raise(["service": "MISSED_BIN", "description": "Missed", "latitude": "95", "longitude": "x"], as: agent)
        let noService = try await raise(["description": "Something"], as: agent)
        let queue = try await get(requests, as: councillor)

        XCTAssertEqual(unanswered.status, .unprocessableEntity)
        XCTAssertTrue(unanswered.body.string.contains("Answer “Which bin was missed?”"))
        XCTAssertTrue(unanswered.body.string.contains("Give both latitude and longitude"))
        XCTAssertEqual(noService.status, .unprocessableEntity)
        XCTAssertTrue(noService.body.string.contains("Enter service"))
        XCTAssertEqual(queue.status, .forbidden)
        let after = try await ServiceRequest.query(on: app.db).count()
        XCTAssertEqual(after, before, "nothing was raised")
    }

    func testADepartmentSeesOnlyItsQueueOverdueFirstAndOnlyItUpdates() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        _ = try await raise(["service": "NOISE", "description": "Loud music"], as: agent)
        _ = try await raise(["service": "NOISE", "description": "Barking dog"], as: agent)
        _ = try await raise(["service": "COUNCIL_TAX", "description": "Wrong band"], as: agent)
        let barking = try await record(ServiceRequest.self, where: \.$details, is: "Barking dog")
        barking.dueOn = today.adding(days: -3)
        try await barking.update(on: app.db)
        let loud = try await record(ServiceRequest.self, where: \.$details, is: "Loud music")
        let contactOfficer = try await signIn("officer.contact@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")
        let environmental = try await record(Unit.self, where: \.$name, is: "Environmental Services")

        let officersQueue = try await get(requests, as: contactOfficer)
        let otherQueue = try await get(requests + "?department=\(environmental.id!)", as: contactOfficer)
        let environmentalQueue = try await get(requests + "?department=\(environmental.id!)", as: performance)
        let byOfficer = try await post(SiteURL.requestUpdates(council: "wrenmoor", .id(loud.id!)).path, ["status": "closed", "version": "1"], as: contactOfficer)
        let byAgent = try await post(SiteURL.requestUpdates(council: "wrenmoor", .id(loud.id!)).path, ["status": "closed", "version": "1"], as: agent)

        XCTAssertFalse(officersQueue.body.string.contains("SR-"), "the contact centre has no requests")
        XCTAssertEqual(otherQueue.status, .forbidden)
        let page = environmentalQueue.body.string
        let barkingAt = try XCTUnwrap(page.range(of: barking.reference)?.lowerBound)
        let loudAt = try XCTUnwrap(page.range(of: loud.reference)?.lowerBound)
        XCTAssertLessThan(barkingAt, loudAt, "overdue first")
        XCTAssertTrue(page.contains("(overdue)"))
        let band = try await record(ServiceRequest.self, where: \.$details, is: "Wrong band")
        XCTAssertFalse(page.contains(band.reference), "finance's request is not in environmental services' queue")
        XCTAssertEqual(byOfficer.status, .forbidden)
        XCTAssertEqual(byAgent.status, .forbidden)
    }

    func testClosingWithinTheStandardIsRecordedAndAFinishedRequestTakesNoUpdate() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")
        _ = try await raise(["service": "NOISE", "description": "Loud music"], as: agent)
        let loud = try await record(ServiceRequest.self, where: \.$details, is: "Loud music")
        let updates = SiteURL.requestUpdates(council: "wrenmoor", .id(loud.id!)).path

        let started = try await post(updates, ["status": "in_progress", "note": "Visit booked", "version": "1"], as: performance)
        let stale = try await post(updates, ["status": "closed", "version": "1"], as: performance)
        let closed = try await post(updates, ["status": "closed", "note": "Warning letter sent", "version": "2"], as: performance)
        let again = try await post(updates, ["status": "in_progress", "version": "3"], as: performance)
        let page = try await get(SiteURL.serviceRequest(council: "wrenmoor", .id(loud.id!)).path, as: performance)

        XCTAssertEqual(started.status, .seeOther)
        XCTAssertEqual(stale.status, .conflict)
        XCTAssertEqual(closed.status, .seeOther)
        XCTAssertEqual(again.status, .unprocessableEntity)
        XCTAssertTrue(again.body.string.contains("raise a new one instead"))
        let finished = try await XCTUnwrapAsync(await ServiceRequest.find(loud.id, on: app.db))
        XCTAssertEqual(finished.withinStandard, true)
        XCTAssertEqual(finished.closedOn, today)
        XCTAssertTrue(page.body.string.contains("Visit booked"))
        XCTAssertTrue(page.body.string.contains("Warning letter sent"))
        XCTAssertTrue(page.body.string.contains("within standard"))
        let dashboard = try await get(SiteURL.serviceCentre(council: "wrenmoor").path, as: performance).body.string
        let row = try XCTUnwrap(dashboard.firstMatch(of: #/Closed within the service's standard</th><td>([^<]+)</td>/#)).output.1
        XCTAssertEqual(row, "100.0%", "today's departmental resolution")
    }

    func testAnIntegrationRaisesARequestByAPI() async throws {
        let key = try await issueAPIKey(role: "service_centre_agent")

        let created = try await api(.POST, SiteURL.apiServiceRequests.path, key: key,
                                    body: #"{"service": "FLY_TIPPING", "description": "Mattress in the lane", "answers": {"size": "A car boot load"}, "latitude": "52.1", "longitude": "-1.2"}"#)
        let refused = try await api(.POST, SiteURL.apiServiceRequests.path, key: key, body: #"{"service": "FLY_TIPPING", "description": "x"}"#)
        let anonymous = try await api(.POST, SiteURL.apiServiceRequests.path, key: nil, body: #"{}"#)

        XCTAssertEqual(created.status, .created)
        let receipt = try decode(ServiceCentreRoutes.Receipt.self, created)
        XCTAssertEqual(receipt.status, "open")
        let request = try await XCTUnwrapAsync(await ServiceRequest.find(receipt.id, on: app.db))
        XCTAssertEqual(request.raisedVia, "API")
        XCTAssertEqual(request.latitude, 52.1)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("How much is there?"))
        XCTAssertEqual(anonymous.status, .unauthorized)
    }
}
