@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Meetings: the public page with amendments marked, democratic services' forms, resolutions'
/// effects, follow-ups, referred notices on cabinet's agenda, and the calendar feed.
final class MeetingTests: DecisionTestCase {
    func meeting(_ status: MeetingStatus) async throws -> Meeting {
        try await XCTUnwrapAsync(await Meeting.query(on: app.db).filter(\.$status == status).first())
    }

    func items(_ meeting: Meeting) async throws -> [AgendaItem] {
        try await AgendaItem.query(on: app.db).filter(\.$meetingID == meeting.id!).sort(\.$number).all()
    }

    func itemURL(_ meeting: Meeting, _ item: AgendaItem, _ kind: ItemWorkKind) -> String {
        SiteURL.meetingItemWork(council: "wrenmoor", .id(meeting.id!), .id(item.id!), kind: kind.rawValue).path
    }

    func testTheHeldMeetingShowsAttendanceDeclarationsAndTheAmendedResolution() async throws {
        let held = try await meeting(.held)

        let page = try await get(SiteURL.meeting(council: "wrenmoor", .id(held.id!)).path)
        let calendar = try await get(SiteURL.meetingList(council: "wrenmoor").path)
        let whitcombe = try await record(Councillor.self, where: \.$name, is: "Peter Whitcombe")
        let councillor = try await get(SiteURL.councillor(council: "wrenmoor", .id(whitcombe.id!)).path)

        XCTAssertEqual(page.status, .ok)
        let body = page.body.string
        XCTAssertTrue(body.contains("Cllr Samuel Otway (Fernlea)</a>, Member – apologies"))
        XCTAssertTrue(body.contains("item 3: other registrable interest"))
        XCTAssertTrue(body.contains("<li>To note the performance of the customer service centre and the fall in calls abandoned.</li>"), "the final wording")
        XCTAssertTrue(body.contains("<del><span class=\"visually-hidden\">[struck out: </span>centre.<span class=\"visually-hidden\">]</span></del>"))
        XCTAssertTrue(body.contains("<ins><span class=\"visually-hidden\">[inserted: </span>centre and the fall in calls abandoned."))
        XCTAssertTrue(body.contains("Moved by Cllr Alan Prendergast, seconded by Cllr Harjit Sandhu; carried."))
        XCTAssertTrue(calendar.body.string.contains("Customer service centre progress report, due"))
        XCTAssertTrue(councillor.body.string.contains("Portfolio holder for housing"))
        XCTAssertTrue(councillor.body.string.contains("Wrenmoor Citizens Advice"))
        let delegations = try await Delegation.query(on: app.db).filter(\.$decisionReference ~~ "minute 3").count()
        XCTAssertEqual(delegations, 1, "the delegating resolution made the delegation")
    }

    func testANoticeReferredByMembersIsAnItemOfTheNextCabinetMeeting() async throws {
        let next = try await meeting(.scheduled)
        let referred = try await notice("CM/2026/11")

        let agenda = try await items(next)
        let page = try await get(SiteURL.meeting(council: "wrenmoor", .id(next.id!)).path)

        XCTAssertEqual(agenda.compactMap(\.noticeID), [referred.id])
        XCTAssertTrue(page.body.string.contains("decision notice CM/2026/11</a>, referred to cabinet by members"))
    }

    func testOnlyDemocraticServicesWorkOnAMeetingAndBadInputIsNamed() async throws {
        let held = try await meeting(.held)
        let path = SiteURL.meetingWork(council: "wrenmoor", .id(held.id!), kind: MeetingWorkKind.items.rawValue).path
        let staff = try await signIn("democratic@wrenmoor.example")

        let councillor = try await post(path, ["title": "Any other business", "author": "The chair"], as: try await signIn("councillor@wrenmoor.example"))
        let anonymous = try await post(path, ["title": "Any other business", "author": "The chair"], as: nil)
        let manage = try await get(SiteURL.meetingManage(council: "wrenmoor", .id(held.id!)).path, as: try await signIn("head.customer@wrenmoor.example"))
        let empty = try await post(path, ["title": "", "author": ""], as: staff)
        let badMember = try await post(SiteURL.meetingWork(council: "wrenmoor", .id(held.id!), kind: "attendance").path,
                                       ["councillor": UUID().uuidString, "attendance": "present"], as: staff)
        let unknownKind = try await post(SiteURL.meetingWork(council: "wrenmoor", .id(held.id!), kind: "votes").path, [:], as: staff)
        let added = try await post(path, ["title": "Any other business", "author": "The chair"], as: staff)

        XCTAssertEqual(councillor.status, .forbidden)
        XCTAssertEqual(anonymous.status, .unauthorized)
        XCTAssertEqual(manage.status, .forbidden)
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.body.string.contains("Enter title"))
        XCTAssertEqual(badMember.status, .unprocessableEntity)
        XCTAssertTrue(badMember.body.string.contains("Choose a member from the list"))
        XCTAssertEqual(unknownKind.status, .notFound)
        let item = try await items(held).first!
        let itemPage = try await get(SiteURL.meetingItem(council: "wrenmoor", .id(held.id!), .id(item.id!)).path, as: try await signIn("councillor@wrenmoor.example"))
        let unknownMeeting = try await get(SiteURL.meeting(council: "wrenmoor", .id(UUID())).path)
        let unknownCouncillor = try await get(SiteURL.councillor(council: "wrenmoor", .id(UUID())).path)
        let otherCouncilsMeeting = try await get(SiteURL.meeting(council: "castlebeck", .id(held.id!)).path)
        XCTAssertEqual(itemPage.status, .forbidden)
        XCTAssertEqual(unknownMeeting.status, .notFound)
        XCTAssertEqual(unknownCouncillor.status, .notFound)
        XCTAssertEqual(otherCouncilsMeeting.status, .notFound)
        for resource in [Resource.committees, .meetings] {
            let emptyRecord = try await post(SiteURL.list(resource).path, [:], as: staff)
            XCTAssertEqual(emptyRecord.status, .unprocessableEntity, resource.rawValue)
            XCTAssertTrue(emptyRecord.body.string.contains("There is a problem"), resource.rawValue)
        }
        let meetingForm = try await post(SiteURL.list(.meetings).path, ["committee": held.committeeID.uuidString, "startsAt": "2026-13-01 18:00", "place": "Hall"], as: staff)
        XCTAssertTrue(meetingForm.body.string.contains("Enter the date and time of the meeting"))
        XCTAssertEqual(added.status, .seeOther)
        let agenda = try await items(held)
        XCTAssertEqual(agenda.last?.number, 4)
    }

    func testResolutionsAmendmentsAndTheirEffects() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let held = try await meeting(.held)
        let work = SiteURL.meetingWork(council: "wrenmoor", .id(held.id!), kind: MeetingWorkKind.items.rawValue).path
        _ = try await post(work, ["title": "Housing strategy", "author": "Report of the cabinet member for housing"], as: staff)
        let item = try await items(held).last!
        let existing = try await items(held).first!

        let twice = try await post(itemURL(held, existing, .resolution), ["moved": "Again."], as: staff)
        let noFunctions = try await post(itemURL(held, item, .resolution), ["moved": "To delegate.", "effect": "delegate"], as: staff)
        let resolved = try await post(itemURL(held, item, .resolution), ["moved": "To adopt the housing strategy.\nTo review it in 2028.", "effect": "none"], as: staff)
        let lost = try await post(itemURL(held, item, .amendment), ["movedBy": "Cllr Crewe", "wording": "To reject the housing strategy.\nTo review it in 2028.", "carried": "no"], as: staff)
        let carried = try await post(itemURL(held, item, .amendment), ["movedBy": "Cllr Esterby", "wording": "To adopt the housing strategy.\nTo review it in 2027.", "carried": "yes"], as: staff)

        XCTAssertEqual(twice.status, .conflict)
        XCTAssertEqual(noFunctions.status, .unprocessableEntity)
        for message in ["Choose partnership", "Enter functions delegated", "Enter principles that bound the delegation"] {
            XCTAssertTrue(noFunctions.body.string.contains(message), message)
        }
        XCTAssertEqual(resolved.status, .seeOther)
        XCTAssertEqual(lost.status, .seeOther)
        XCTAssertEqual(carried.status, .seeOther)
        let resolution = try await XCTUnwrapAsync(await Resolution.query(on: app.db).filter(\.$itemID == item.id!).first())
        XCTAssertEqual(resolution.parts, ["To adopt the housing strategy.", "To review it in 2027."], "the lost amendment changed nothing")
        let amendments = try await Amendment.query(on: app.db).filter(\.$resolutionID == resolution.id!).sort(\.$position).all()
        XCTAssertEqual(amendments.map(\.carried), [false, true])
        XCTAssertEqual(amendments[1].before, "To adopt the housing strategy.\nTo review it in 2028.")
    }

    func testPresentingAReportMarksItAndTheNextIsDueSixMonthsOn() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let next = try await meeting(.scheduled)
        let awaited = try await XCTUnwrapAsync(await FollowUp.query(on: app.db).filter(\.$presentedOn == nil).first())
        let due = awaited.dueOn

        let presented = try await post(SiteURL.meetingWork(council: "wrenmoor", .id(next.id!), kind: "items").path,
                                       ["title": "Customer service centre progress report", "author": "Report of the cabinet member for customer services",
                                        "followUp": awaited.id!.uuidString], as: staff)
        let again = try await post(SiteURL.meetingWork(council: "wrenmoor", .id(next.id!), kind: "items").path,
                                   ["title": "Again", "author": "Anyone", "followUp": awaited.id!.uuidString], as: staff)

        XCTAssertEqual(presented.status, .seeOther)
        let followUps = try await FollowUp.query(on: app.db).filter(\.$resolutionID == awaited.resolutionID).sort(\.$dueOn).all()
        XCTAssertEqual(followUps.map(\.presentedOn), [UKTime.day(of: next.startsAt), nil])
        XCTAssertEqual(followUps.last?.dueOn, FollowUpSchedule.next(after: due, everyMonths: 6))
        XCTAssertEqual(again.status, .unprocessableEntity, "a report once presented is no longer awaited")
    }

    func testTheCalendarFeedHasEveryMeetingInUTC() async throws {
        let held = try await meeting(.held)

        let feed = try await get(SiteURL.meetingCalendar(council: "wrenmoor").path)

        XCTAssertEqual(feed.headers.contentType?.description, "text/calendar; charset=utf-8")
        XCTAssertTrue(feed.body.string.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        XCTAssertEqual(feed.body.string.components(separatedBy: "BEGIN:VEVENT").count - 1, 2)
        XCTAssertTrue(feed.body.string.contains("DTSTART:" + ICalendar.utc(held.startsAt)))
        XCTAssertTrue(feed.body.string.contains("LOCATION:Council Chamber\\, Civic Centre\\, Wrenmoor"))
    }

    func testAnItemsDocumentsAreCheckedAndPublishedAndKeyItemsEnterTheForwardPlan() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let next = try await meeting(.scheduled)
        let budget = try await items(next).first { $0.isKey }!
        let path = itemURL(next, budget, .documents)
        let pdf = Array("%PDF-1.4\n".utf8) + Array(repeating: UInt8(ascii: "b"), count: 64)

        let refused = try await multipart(path, fields: ["title": "Tool", "_csrf": staff.token], file: ("tool.exe", [0x4D, 0x5A, 0, 0]), as: staff)
        let attached = try await multipart(path, fields: ["title": "Appendix A – budget tables", "_csrf": staff.token], file: ("tables.pdf", pdf), as: staff)
        let document = try await XCTUnwrapAsync(await AttachedDocument.query(on: app.db).filter(\.$itemID == budget.id!).first())
        let download = try await get(SiteURL.meetingDocument(council: "wrenmoor", .id(next.id!), .id(budget.id!), document: document.id!.uuidString).path)
        let page = try await get(SiteURL.meeting(council: "wrenmoor", .id(next.id!)).path)
        let forward = try await get(SiteURL.forwardPlan(council: "wrenmoor").path)
        let members = try await get(SiteURL.councillorList(council: "wrenmoor").path)

        XCTAssertEqual(refused.status, .unsupportedMediaType)
        XCTAssertEqual(attached.status, .seeOther)
        XCTAssertEqual(Array(download.body.readableBytesView), pdf, "meeting documents are public")
        XCTAssertTrue(page.body.string.contains("Appendix A – budget tables"))
        XCTAssertTrue(forward.body.string.contains("Budget 2027/28: proposals for consultation"))
        XCTAssertTrue(members.body.string.contains("Portfolio holder for finance and resources"))
    }
}
