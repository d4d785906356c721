@testable import Beacon
import BeaconDomain
import Fluent
import SQLKit
import XCTVapor

/// The agent's form, the contact list, services and the dashboard: who may, and bad input.
final class ServiceCentrePageTests: ServiceCentreTestCase {
    let form = SiteURL.contactNew(council: "wrenmoor").path
    let list = SiteURL.contactList(council: "wrenmoor").path

    func testAnAgentRecordsAContactInOneSubmitAndItCountsAtOnce() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let page = try await get(form, as: agent)
        let before = try await todaysTally(ContactChannel.allCases)

        let saved = try await post(list, ["service": "missed bin collection", "channel": "phone", "outcome": "resolved",
                                          "startedAt": ISO8601DateFormatter().string(from: now.addingTimeInterval(-90))], as: agent)

        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("<datalist id=\"field-service-list\">"), "the service is picked from suggestions")
        XCTAssertTrue(page.body.string.contains("label=\"MISSED_BIN – bin, rubbish"), "suggestions carry code and keywords")
        XCTAssertEqual(saved.status, .seeOther)
        XCTAssertEqual(saved.headers.first(name: .location), form, "the form opens again for the next contact")
        let contact = try await XCTUnwrapAsync(await Contact.from(ContactEntry.source, on: app.db).first())
        XCTAssertEqual(contact.serviceCode, "MISSED_BIN")
        XCTAssertEqual(contact.agent, "agent@wrenmoor.example")
        XCTAssertEqual(contact.endedAt.timeIntervalSince(contact.arrivedAt), 90, accuracy: 5, "handling runs from opening the form to saving it")
        let after = try await todaysTally(ContactChannel.allCases)
        XCTAssertEqual(after.contacts - before.contacts, 1)
        XCTAssertEqual(after.resolvedFirst - before.resolvedFirst, 1)
    }

    func testTheContactFormRefusesBadInputWithMessages() async throws {
        let agent = try await signIn("agent@wrenmoor.example")

        let response = try await post(list, ["service": "dragons", "channel": "phone", "outcome": "abandoned"], as: agent)
        let empty = try await post(list, [:], as: agent)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("Choose a service from the list"))
        XCTAssertTrue(response.body.string.contains("a contact you handled was not abandoned"))
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.body.string.contains("Enter service"))
        let typed = try await Contact.from(ContactEntry.source, on: app.db).count()
        XCTAssertEqual(typed, 0)
    }

    func testOnlyAgentsRecordContactsAndOnlyTheServiceCentreReadsThem() async throws {
        let councillor = try await signIn("councillor@wrenmoor.example")
        let officer = try await signIn("officer.policy@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")

        let posted = try await post(list, ["service": "NOISE", "channel": "phone", "outcome": "resolved"], as: performance)
        let formForOfficer = try await get(form, as: officer)
        let listForCouncillor = try await get(list, as: councillor)
        let listForPerformance = try await get(list, as: performance)
        let anonymous = try await get(list)
        let otherCouncil = try await get(SiteURL.contactList(council: "castlebeck").path, as: performance)

        XCTAssertEqual(posted.status, .forbidden)
        XCTAssertEqual(formForOfficer.status, .forbidden)
        XCTAssertEqual(listForCouncillor.status, .forbidden)
        XCTAssertTrue(listForCouncillor.body.string.contains("Contact records hold customers' details"))
        XCTAssertEqual(listForPerformance.status, .ok)
        XCTAssertNotEqual(anonymous.status, .ok)
        XCTAssertEqual(otherCouncil.status, .forbidden)
    }

    func testTheContactListFilters() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        _ = try await importOnCommandLine(try file([
            "f1,letter,HOMELESS,\(try today("08:00:00")),\(try today("08:30:00")),\(try today("08:40:00")),A4,request_raised",
        ]))

        let letters = try await get(list + "?channel=letter&service=HOMELESS", as: agent)
        let badDay = try await get(list + "?from=last+week", as: agent)

        XCTAssertEqual(letters.status, .ok)
        XCTAssertTrue(letters.body.string.contains("Homelessness advice"))
        XCTAssertTrue(letters.body.string.contains("Service request raised"))
        XCTAssertFalse(letters.body.string.contains("<td>Phone</td>"), "only letters are listed")
        XCTAssertEqual(badDay.status, .badRequest)
        XCTAssertTrue(badDay.body.string.contains("should be a date like"))
    }

    func testAServiceIsAddedWithItsQuestionsAndBadQuestionsAreRefused() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let agent = try await signIn("agent@wrenmoor.example")
        let housing = try await record(Unit.self, where: \.$name, is: "Housing Services")
        var input = ["code": "damp_mould", "name": "Damp and mould", "group": "Housing", "department": housing.id!.uuidString,
                     "online": "yes", "standardWorkingDays": "10", "questions": "rooms | Which rooms? | multiple | required | Bedroom"]

        let refused = try await post(SiteURL.list(.services).path, input, as: performance)
        input["questions"] = "rooms | Which rooms? | multiple | required | Bedroom; Bathroom; Kitchen"
        let created = try await post(SiteURL.list(.services).path, input, as: performance)
        let byAgent = try await post(SiteURL.list(.services).path, input, as: agent)
        let listForAgent = try await get(SiteURL.list(.services).path, as: agent)

        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("needs at least two choices"))
        XCTAssertEqual(created.status, .seeOther)
        let service = try await record(Service.self, where: \.$code, is: "DAMP_MOULD")
        XCTAssertEqual(service.questions.first?.choices, ["Bedroom", "Bathroom", "Kitchen"])
        XCTAssertEqual(byAgent.status, .forbidden)
        XCTAssertEqual(listForAgent.status, .ok)
    }

    func testTheDashboardShowsTodaysFiguresAgainstTheStandards() async throws {
        let councillor = try await signIn("councillor@wrenmoor.example")
        let before = try await todaysTally()
        _ = try await importOnCommandLine(try file([
            "d1,phone,NOISE,\(try today("07:00:00")),\(try today("07:00:10")),\(try today("07:05:00")),A1,resolved",
        ]))
        let after = try await todaysTally()

        let page = try await get(SiteURL.serviceCentre(council: "wrenmoor").path, as: councillor)
        let anonymous = try await get(SiteURL.serviceCentre(council: "wrenmoor").path)

        XCTAssertEqual(page.status, .ok)
        XCTAssertEqual(after.contacts, before.contacts + 1)
        XCTAssertTrue(page.body.string.contains("<td>\(ContactMeasure.offered.formatted(after))</td>"), "today's calls offered")
        XCTAssertTrue(page.body.string.contains(ContactMeasure.serviceLevel.formatted(after) + " (met)")
                      || page.body.string.contains(ContactMeasure.serviceLevel.formatted(after) + " (not met)"))
        XCTAssertTrue(page.body.string.contains("80% within 20 s"))
        XCTAssertTrue(page.body.string.contains("<svg class=\"chart\""))
        XCTAssertNotEqual(anonymous.status, .ok)
    }

    // The figures are kept for the council's data version, so every way in for a contact must
    // move it: here an import's batch, shown before the import ends (and refreshes its feeds,
    // which would move the version too). In an SQLite file the batch goes in through
    // `ContactBulkLog`, on PostgreSQL through `ContactLog`.
    func testTheDashboardCountsAnImportedBatchBeforeTheImportEnds() async throws {
        let councillor = try await signIn("councillor@wrenmoor.example")
        let dashboard = SiteURL.serviceCentre(council: "wrenmoor").path
        func callsOfferedToday() async throws -> Int {
            let page = try await get(dashboard, as: councillor).body.string
            let cell = try XCTUnwrap(page.firstMatch(of: #/Calls offered</th><td>([\d,]+)</td>/#)).output.1
            return try XCTUnwrap(Int(cell.replacingOccurrences(of: ",", with: "")))
        }
        let writer = try await ContactBatchWriter(council: try await council, source: "test", on: app.db)
        let call = CallRecord(contactID: "k1", channel: .phone, arrived: now.addingTimeInterval(-300),
                              answered: now.addingTimeInterval(-290), ended: now.addingTimeInterval(-60),
                              agent: "A1", outcome: .resolved)

        let first = try await callsOfferedToday()
        let written = try await writer.write(writer.prepare([ContactLog.Entry(record: call, serviceCode: "NOISE")]),
                                             on: app.db)
        let second = try await callsOfferedToday()

        XCTAssertEqual(written, 1)
        XCTAssertEqual(second, first + 1)
    }

    func testChangingAThresholdWorksTheRollupsOutAgainExactly() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let wrenmoor = try await council
        let edit = try await get(SiteURL.edit(.councils, .id(wrenmoor.id!)).path, as: admin)
        var form = try formValues(edit.body.string)
        form["answerWithinSeconds"] = "10"

        let saved = try await post(SiteURL.record(.councils, .id(wrenmoor.id!)).path, form, as: admin)

        XCTAssertEqual(saved.status, .seeOther)
        let changed = try await council
        let contacts = try await Contact.query(on: app.db).filter(\.$sourceNumber ~~ ContactSource.numbers(council: changed.id!, on: app.db)).all()
        let expected = contacts.filter { $0.channel == .phone }.reduce(ContactTally()) { $0 + $1.tally(for: changed) }
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        let stored = try await ContactRollups.total(council: changed.id!, from: CalendarDate(year: 2000, month: 1, day: 1)!,
                                                    through: CalendarDate(year: 2100, month: 1, day: 1)!, filter: RollupFilter(channels: [.phone]), on: sql)
        XCTAssertEqual(stored, expected)
        XCTAssertEqual(changed.answerWithinSeconds, 10)
    }

    /// The values of a form's inputs and selected options, as a browser would send them back.
    func formValues(_ html: String) throws -> [String: String] {
        var values: [String: String] = [:]
        for match in html.matches(of: #/<input type="(?:text|number|email|date)" value="([^"]*)" id="[^"]*" name="([^"]+)"/#) {
            values[String(match.output.2)] = String(match.output.1)
        }
        for match in html.matches(of: #/<select id="[^"]*" name="([^"]+)"[^>]*>(.*?)</select>/#.dotMatchesNewlines()) {
            if let selected = String(match.output.2).firstMatch(of: #/<option value="([^"]*)" selected/#) {
                values[String(match.output.1)] = String(selected.output.1)
            }
        }
        values["version"] = html.firstMatch(of: #/name="version" value="(\d+)"/#).map { String($0.output.1) }
        return values
    }
}
