@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Decision notices: who sees drafts, who may respond, the thresholds and the clock.
final class DecisionNoticeTests: DecisionTestCase {
    func testThePublicRegisterShowsPublishedNoticesAndNeverADraft() async throws {
        let draft = try await notice("CM/2026/14")
        let withdrawnDraft = try await notice("CM/2026/10")

        let register = try await get(SiteURL.decisionList(council: "wrenmoor").path)
        let draftPage = try await get(url(draft).path)
        let withdrawnPage = try await get(url(withdrawnDraft).path)
        let staff = try await signIn("democratic@wrenmoor.example")
        let staffRegister = try await get(SiteURL.decisionList(council: "wrenmoor").path, as: staff)
        let staffDraft = try await get(url(draft).path, as: staff)
        let councillorDraft = try await get(url(draft).path, as: try await signIn("councillor@wrenmoor.example"))

        XCTAssertEqual(register.status, .ok)
        for reference in ["CM/2026/05", "CM/2026/07", "CM/2026/08", "CM/2026/09", "CM/2026/11", "CM/2026/12", "CM/2026/13"] {
            XCTAssertTrue(register.body.string.contains(reference), reference)
        }
        XCTAssertFalse(register.body.string.contains("CM/2026/14"), "a draft is not in the public register")
        XCTAssertFalse(register.body.string.contains("CM/2026/10"), "a draft withdrawn before publication never appears")
        XCTAssertEqual(draftPage.status, .notFound)
        XCTAssertEqual(withdrawnPage.status, .notFound)
        XCTAssertEqual(councillorDraft.status, .notFound)
        XCTAssertTrue(staffRegister.body.string.contains("CM/2026/14") && staffRegister.body.string.contains("CM/2026/10"))
        XCTAssertEqual(staffDraft.status, .ok)
    }

    func testTheRegisterFiltersByStatusKeyAndTopicAndRefusesABadDate() async throws {
        let key = try await get(SiteURL.decisionList(council: "wrenmoor").path(query: [("key", "yes")]))
        let effective = try await get(SiteURL.decisionList(council: "wrenmoor").path(query: [("status", "effective")]))
        let topic = try await get(SiteURL.decisionList(council: "wrenmoor").path(query: [("topic", "PARK CHARGES")]))
        let badDate = try await get(SiteURL.decisionList(council: "wrenmoor").path(query: [("from", "31/02/2026")]))
        let badStatus = try await get(SiteURL.decisionList(council: "wrenmoor").path(query: [("status", "lost")]))

        XCTAssertTrue(key.body.string.contains("CM/2026/13") && key.body.string.contains("CM/2026/07"))
        XCTAssertFalse(key.body.string.contains("CM/2026/09"), "the parking notice is not key")
        XCTAssertTrue(effective.body.string.contains("CM/2026/05") && effective.body.string.contains("CM/2026/07"))
        XCTAssertFalse(effective.body.string.contains("CM/2026/12"), "still in its call-in period")
        XCTAssertTrue(topic.body.string.contains("CM/2026/09"))
        XCTAssertFalse(topic.body.string.contains("CM/2026/13"))
        XCTAssertEqual(badDate.status, .badRequest)
        XCTAssertEqual(badStatus.status, .badRequest)
    }

    func testACouncillorWhoIsNotAConsulteeCannotMakeARepresentation() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let draft = try await notice("CM/2026/14")
        let published = try await publish(draft, roles: [.scrutinyChair, .legalHead], as: staff)
        let chair = try await signInMember("Alan Prendergast")
        let leader = try await signIn("councillor@wrenmoor.example")

        let refused = try await post(responseURL(draft, .representation), ["text": "I object."], as: leader)
        let referralRefused = try await post(responseURL(draft, .referral), [:], as: leader)
        let accepted = try await post(responseURL(draft, .representation), ["text": "Scrutiny supports the two-stage policy."], as: chair)
        let empty = try await post(responseURL(draft, .representation), ["text": " "], as: chair)
        let page = try await get(url(draft).path, as: chair)

        XCTAssertEqual(published.status, .seeOther)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.body.string.contains("Only the people this notice was sent to"))
        XCTAssertEqual(referralRefused.status, .forbidden)
        XCTAssertEqual(accepted.status, .seeOther)
        XCTAssertEqual(empty.status, .unprocessableEntity)
        let representations = try await NoticeRepresentation.query(on: app.db).filter(\.$noticeID == draft.id!).all()
        XCTAssertEqual(representations.map(\.name), ["Cllr Alan Prendergast (Hartwell)"])
        XCTAssertTrue(page.body.string.contains("Send representation"), "the form stays open to a consultee until the deadline")
    }

    func testTheFifthDistinctMemberRefersTheNoticeAndARepeatDoesNotCount() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let draft = try await notice("CM/2026/14")
        _ = try await publish(draft, roles: [.allMembers], as: staff)
        let members = ["Harjit Sandhu", "Maureen Tillett", "Yvonne Pickering", "Stuart Ibbotson", "Graham Esterby"]
        var statuses: [NoticeStatus] = []

        for (index, name) in members.prefix(4).enumerated() {
            let member = try await signInMember(name)
            _ = try await post(responseURL(draft, .referral), [:], as: member)
            if index == 0 { _ = try await post(responseURL(draft, .referral), [:], as: member) }
            statuses.append(try await reloaded(draft).storedStatus)
        }
        let fifth = try await post(responseURL(draft, .referral), [:], as: try await signInMember(members[4]))
        let afterwards = try await post(responseURL(draft, .representation), ["text": "Too late?"], as: try await signInMember(members[0]))

        XCTAssertEqual(statuses, [.open, .open, .open, .open], "four distinct members, one asking twice, do not refer it")
        XCTAssertEqual(fifth.status, .seeOther)
        let referred = try await reloaded(draft).storedStatus
        XCTAssertEqual(referred, .referredToCabinet)
        XCTAssertEqual(afterwards.status, .conflict, "a referred notice takes no more representations")
        let events = try await NoticeEvent.query(on: app.db).filter(\.$noticeID == draft.id!).all().map(\.note)
        XCTAssertTrue(events.contains("5 members asked for referral to cabinet; the threshold is 5."))
    }

    func testTheDecisionWaitsForTheDeadlineAndAKeyDecisionForItsNotice() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let open = try await notice("CM/2026/13")
        let early = try await post(stepURL(open, .decide), ["version": String(open.version), "outcome": "approved", "keyRoute": "forward_plan"], as: staff)
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        let signedIn = try await XCTUnwrapAsync(await ActorMiddleware.signedIn(userID: try await record(User.self, where: \.$email, is: "democratic@wrenmoor.example").id!, on: app.db))
        let afterDeadline = open.deadline!.addingTimeInterval(60)
        open.forwardPlanOn = CalendarDate(afterDeadline, in: .london).adding(days: -28)
        try await open.update(on: app.db)

        var input = NoticeStepInput(version: open.version, outcome: "approved", keyRoute: "forward_plan")
        var shortNotice: Error?
        do { try await DecisionWrite.step(open, .decide, input, council: council, by: signedIn, on: app.db, now: afterDeadline) } catch { shortNotice = error }
        open.forwardPlanOn = CalendarDate(afterDeadline, in: .london).adding(days: -29)
        try await open.update(on: app.db)
        input.version = try await reloaded(open).version
        try await DecisionWrite.step(open, .decide, input, council: council, by: signedIn, on: app.db, now: afterDeadline)

        XCTAssertEqual(early.status, .conflict)
        XCTAssertTrue(early.body.string.contains("not before"))
        XCTAssertTrue((shortNotice as? ValidationFailed)?.reason.contains("needs 28 clear days in the forward plan; this had 27") == true)
        let decided = try await reloaded(open)
        XCTAssertEqual(decided.storedStatus, .decided)
        XCTAssertEqual(decided.effectiveAt, council.callInPeriod.ends(publishedOn: CalendarDate(afterDeadline, in: .london)))
    }
}
