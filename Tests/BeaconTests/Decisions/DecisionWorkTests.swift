@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Democratic services' work on notices: drafting, appendices, approving a plan, call-in,
/// and the pages and feed around them.
final class DecisionWorkTests: DecisionTestCase {
    func testDemocraticServicesDraftANoticeAndOthersMayNot() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let officer = try await signIn("head.customer@wrenmoor.example")

        let refusedPage = try await get(SiteURL.decisionNew(council: "wrenmoor").path, as: officer)
        let refusedPost = try await post(SiteURL.decisionList(council: "wrenmoor").path, try await draftForm(), as: officer)
        let anonymous = try await post(SiteURL.decisionList(council: "wrenmoor").path, try await draftForm(), as: nil)
        let bad = try await post(SiteURL.decisionList(council: "wrenmoor").path, try await draftForm(["topic": "", "amount": "lots", "maker": UUID().uuidString]), as: staff)
        let created = try await post(SiteURL.decisionList(council: "wrenmoor").path, try await draftForm(), as: staff)
        let notice = try await record(DecisionNotice.self, where: \.$topic, is: "Opening hours of the customer service centre")
        let page = try await get(url(notice).path, as: staff)
        let manage = try await get(SiteURL.decisionManage(council: "wrenmoor", .id(notice.id!)).path, as: officer)
        let unknownStep = try await post(SiteURL.decisionStep(council: "wrenmoor", .id(notice.id!), step: "approve").path, ["version": "1"], as: staff)

        XCTAssertEqual(refusedPage.status, .forbidden)
        XCTAssertEqual(refusedPost.status, .forbidden)
        XCTAssertEqual(anonymous.status, .unauthorized)
        XCTAssertEqual(bad.status, .unprocessableEntity)
        for message in ["Enter topic", "Enter the amount in pounds", "Choose a portfolio holder from the list"] {
            XCTAssertTrue(bad.body.string.contains(message), message)
        }
        XCTAssertEqual(created.status, .seeOther)
        XCTAssertTrue(notice.reference.hasPrefix("CM/"))
        XCTAssertEqual(notice.amountPence, 1_800_000)
        XCTAssertFalse(notice.isKey)
        for (number, title) in NoticeDocumentView.sections.enumerated() {
            XCTAssertTrue(page.body.string.contains("<h2>\(number + 1). \(title)</h2>"), title)
        }
        XCTAssertTrue(page.body.string.contains("<li>To open until 7pm on Thursdays.</li>"))
        XCTAssertEqual(manage.status, .notFound, "a draft is not given away to those who may not see it")
        XCTAssertEqual(unknownStep.status, .notFound)
    }

    func testAppendicesAreRefusedWhenTooLargeOrOfARefusedType() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let draft = try await notice("CM/2026/14")
        let path = SiteURL.decisionAppendices(council: "wrenmoor", .id(draft.id!)).path
        func upload(_ name: String, _ bytes: [UInt8]) async throws -> XCTHTTPResponse {
            try await multipart(path, fields: ["title": "Appendix A", "_csrf": staff.token], file: (name, bytes), as: staff)
        }
        let pdf = Array("%PDF-1.7\n".utf8) + Array(repeating: UInt8(ascii: "a"), count: 100)

        let tooLarge = try await upload("big.pdf", Array("%PDF-1.7\n".utf8) + Array(repeating: 0, count: 10 * 1_048_576))
        let program = try await upload("policy.exe", [0x4D, 0x5A, 0x90, 0])
        let disguised = try await upload("policy.pdf", [0x4D, 0x5A, 0x90, 0])
        let good = try await upload("policy.pdf", pdf)
        let appendix = try await XCTUnwrapAsync(await AttachedDocument.query(on: app.db).filter(\.$noticeID == draft.id!).first())
        let download = try await get(SiteURL.decisionAppendix(council: "wrenmoor", .id(draft.id!), .id(appendix.id!)).path, as: staff)
        let publicDownload = try await get(SiteURL.decisionAppendix(council: "wrenmoor", .id(draft.id!), .id(appendix.id!)).path)

        XCTAssertEqual(tooLarge.status, .payloadTooLarge)
        XCTAssertTrue(tooLarge.body.string.contains("an appendix may be at most 10.0 MB"))
        XCTAssertEqual(program.status, .unsupportedMediaType)
        XCTAssertEqual(disguised.status, .unsupportedMediaType)
        XCTAssertEqual(good.status, .seeOther)
        XCTAssertEqual(Array(download.body.readableBytesView), pdf)
        XCTAssertEqual(download.headers.contentType?.description, "application/pdf")
        XCTAssertEqual(publicDownload.status, .notFound, "a draft's appendices are not public")
    }

    func testApprovingANoticeApprovesItsPlanInTheSameStep() async throws {
        let staff = try await signIn("democratic@wrenmoor.example")
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre")
        let plan = BusinessPlan()
        (plan.councilID, plan.unitID, plan.year, plan.horizonEnd, plan.status) = (unit.councilID, unit.id!, 2027, 2031, PlanStatus.submitted)
        (plan.revision, plan.version, plan.indicatorIDs, plan.purpose, plan.coreActivities, plan.staffing) = (1, 1, [], "Answer calls.", "Calls.", "")
        try await plan.create(on: app.db)
        _ = try await post(SiteURL.decisionList(council: "wrenmoor").path, try await draftForm(["subjectKind": "plan", "subjectPlan": plan.id!.uuidString, "amount": ""]), as: staff)
        let notice = try await record(DecisionNotice.self, where: \.$topic, is: "Opening hours of the customer service centre")
        _ = try await publish(notice, roles: [.chiefExecutive], as: staff)
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        let signedIn = try await XCTUnwrapAsync(await ActorMiddleware.signedIn(userID: try await record(User.self, where: \.$email, is: "democratic@wrenmoor.example").id!, on: app.db))

        let deadline = try await reloaded(notice).deadline
        let decidedAt = try XCTUnwrap(deadline).addingTimeInterval(1)
        try await DecisionWrite.step(try await reloaded(notice), .decide, NoticeStepInput(version: try await reloaded(notice).version, outcome: "approved"),
                                     council: council, by: signedIn, on: app.db, now: decidedAt)

        let approved = try await XCTUnwrapAsync(await BusinessPlan.find(plan.id, on: app.db))
        XCTAssertEqual(approved.status, .approved)
        let revision = try await XCTUnwrapAsync(await PlanRevision.query(on: app.db).filter(\.$planID == plan.id!).first())
        XCTAssertEqual(revision.approvedBy, "Cabinet member decision \(notice.reference)")
        XCTAssertEqual(revision.approvedOn, CalendarDate(decidedAt, in: .london))
    }

    func testMembersCallInADecisionOnlyDuringItsCallInPeriodAndNeverAnUrgentOne() async throws {
        let inPeriod = try await notice("CM/2026/12")
        let urgent = try await notice("CM/2026/07")
        let member = try await signInMember("Linda Carrow")
        let officer = try await signIn("head.customer@wrenmoor.example")

        let asked = try await post(responseURL(inPeriod, .callIn), [:], as: member)
        let exempt = try await post(responseURL(urgent, .callIn), [:], as: member)
        let notMember = try await post(responseURL(inPeriod, .callIn), [:], as: officer)
        let record = try await get(url(urgent).path)

        XCTAssertEqual(asked.status, .seeOther)
        let requests = try await MemberRequest.query(on: app.db).filter(\.$noticeID == inPeriod.id!).count()
        XCTAssertEqual(requests, 1)
        XCTAssertEqual(exempt.status, .conflict)
        XCTAssertTrue(exempt.body.string.contains("exempt from call-in"))
        XCTAssertEqual(notMember.status, .forbidden)
        XCTAssertTrue(record.body.string.contains("Exempt from call-in: taken as urgent."))
    }

    func testTheForwardPlanAndTheFeedShowWhatIsPublic() async throws {
        let forward = try await get(SiteURL.forwardPlan(council: "wrenmoor").path)
        let feed = try await get(SiteURL.decisionFeed(council: "wrenmoor").path)

        XCTAssertEqual(forward.status, .ok)
        XCTAssertTrue(forward.body.string.contains("CM/2026/13") && forward.body.string.contains("CM/2026/11"))
        XCTAssertFalse(forward.body.string.contains("CM/2026/07"), "a key decision already taken has left the forward plan")
        XCTAssertEqual(feed.headers.contentType?.description, "application/atom+xml; charset=utf-8")
        XCTAssertTrue(feed.body.string.hasPrefix("<?xml"))
        XCTAssertEqual(feed.body.string.components(separatedBy: "<entry>").count - 1, 7)
        XCTAssertFalse(feed.body.string.contains("Revised complaints policy"), "no draft in the feed")
    }

    func testAConsulteeSeesTheOpenNoticesSentToThemOnTheirHomePage() async throws {
        let leader = try await signIn("councillor@wrenmoor.example")
        let chiefExecutiveOffice = try await signIn("officer.policy@wrenmoor.example")

        let home = try await get(SiteURL.home.path, as: leader)
        let notSent = try await get(SiteURL.home.path, as: chiefExecutiveOffice)

        XCTAssertTrue(home.body.string.contains("Decision notices sent to you"))
        XCTAssertTrue(home.body.string.contains("CM/2026/13: Garden waste collection charge 2027/28"))
        XCTAssertFalse(home.body.string.contains("CM/2026/11:"), "a referred notice is no longer open to them")
        XCTAssertFalse(notSent.body.string.contains("Decision notices sent to you"))
    }
}
