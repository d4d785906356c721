@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Business plans: the published document, who sees drafts, freezing and revisions, and bad input.
final class PlanTests: BeaconTestCase {
    func plan(_ unit: String, year: Int = 2026) async throws -> BusinessPlan {
        let unitID = try await record(Unit.self, where: \.$name, is: unit).id!
        return try await XCTUnwrapAsync(await BusinessPlan.query(on: app.db).filter(\.$unitID == unitID).filter(\.$year == year).first())
    }

    func url(_ plan: BusinessPlan) -> SiteURL { .plan(council: "wrenmoor", .id(plan.id!)) }

    func partsURL(_ plan: BusinessPlan, _ kind: PlanPartKind) -> String {
        SiteURL.planParts(council: "wrenmoor", .id(plan.id!), part: kind.rawValue).path
    }

    /// How Plot writes text into HTML.
    func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    let action = ["scope": "departmental", "activity": "Publish a customer charter", "target": "Charter agreed by Cabinet by end March 2027",
                  "owner": "Head of Customer Services", "officerDays": "5 days – Head of Customer Services"]

    func testThePublishedDocumentHasEverySectionAndEveryAction() async throws {
        let plan = try await plan("Customer Services Division")
        let actions = try await PlanAction.query(on: app.db).filter(\.$planID == plan.id!).all()

        let page = try await get(url(plan).path)
        let file = try await get(SiteURL.planDownload(council: "wrenmoor", .id(plan.id!)).path)

        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Published, revision 1. Approved by Cabinet member decision CM/2026/05 on 19 March 2026."))
        XCTAssertTrue(page.body.string.contains(">CM/2026/05 Customer Services Division business plan 2026/27</a>"), "the plan links the notice that approved it")
        XCTAssertEqual(actions.count, 29, "25 service priorities and 4 risk actions")
        for (number, title) in PlanDocument.sections.enumerated() {
            XCTAssertTrue(page.body.string.contains("<h2>\(number + 1). \(escaped(title))</h2>"), title)
            XCTAssertTrue(file.body.string.contains("<h2>\(number + 1). \(escaped(title))</h2>"), title)
        }
        for action in actions {
            XCTAssertTrue(page.body.string.contains(escaped(action.activity)), action.activity)
        }
        XCTAssertTrue(page.body.string.contains("<td class=\"number\">1,285</td>"), "the estimate total is the exact total rounded")
        XCTAssertTrue(page.body.string.contains("<td class=\"number\">−12</td>"), "income above spend prints a negative net with a minus sign")
        XCTAssertTrue(file.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
        XCTAssertTrue(file.body.string.contains("<style>\(PlanStyles.css)</style>"), "the download carries its own styles, as written")
        XCTAssertTrue(file.body.string.contains(
            "<head><meta charset=\"UTF-8\"/><meta http-equiv=\"Content-Security-Policy\" content=\"default-src &apos;none&apos;;"),
            "opened from disk, the download allows no script: its policy comes first in its head")
    }

    func testADraftIsSeenOnlyByItsUnitAndPerformanceOfficers() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let contactCentre = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        let created = try await post(SiteURL.planList(council: "wrenmoor").path, ["unit": contactCentre.uuidString, "year": "2027"], as: head)
        let draft = try await plan("Contact Centre", year: 2027)

        let publicView = try await get(url(draft).path)
        let councillor = try await get(url(draft).path, as: try await signIn("councillor@wrenmoor.example"))
        let otherUnit = try await get(url(draft).path, as: try await signIn("officer.policy@wrenmoor.example"))
        let ownUnit = try await get(url(draft).path, as: try await signIn("officer.contact@wrenmoor.example"))
        let performance = try await get(url(draft).path, as: try await signIn("performance@wrenmoor.example"))
        let list = try await get(SiteURL.planList(council: "wrenmoor").path)

        XCTAssertEqual(created.status, .seeOther)
        XCTAssertEqual(publicView.status, .notFound)
        XCTAssertEqual(councillor.status, .notFound)
        XCTAssertEqual(otherUnit.status, .notFound)
        XCTAssertEqual(ownUnit.status, .ok)
        XCTAssertEqual(performance.status, .ok)
        XCTAssertFalse(list.body.string.contains(draft.id!.uuidString.lowercased()), "the public list does not show the draft")
    }

    func testAnApprovedPlanChangesOnlyThroughARevision() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await plan("Customer Services Division")

        let inPlace = try await post(partsURL(plan, .actions), action, as: head)
        let revise = try await post(SiteURL.planStep(council: "wrenmoor", .id(plan.id!), step: PlanStep.startRevision.rawValue).path,
                                    ["version": String(plan.version)], as: head)
        let added = try await post(partsURL(plan, .actions), action, as: head)
        let revisionOne = try await get(SiteURL.planRevision(council: "wrenmoor", .id(plan.id!), revision: "1").path)
        let publicPage = try await get(url(plan).path)
        let compare = try await get(SiteURL.planCompare(council: "wrenmoor", .id(plan.id!)).path, as: head)

        XCTAssertEqual(inPlace.status, .conflict)
        XCTAssertTrue(inPlace.body.string.contains("Start a revision to change it"))
        XCTAssertEqual(revise.status, .seeOther)
        XCTAssertEqual(added.status, .seeOther)
        let reloaded = try await BusinessPlan.find(plan.id, on: app.db)!
        XCTAssertEqual(reloaded.revision, 2)
        XCTAssertEqual(reloaded.status, .draft)
        XCTAssertEqual(reloaded.publishedRevision, 1)
        XCTAssertEqual(revisionOne.status, .ok)
        XCTAssertFalse(revisionOne.body.string.contains("Publish a customer charter"), "revision 1 is frozen as approved")
        XCTAssertFalse(publicPage.body.string.contains("Publish a customer charter"), "the public still reads revision 1")
        XCTAssertTrue(compare.body.string.contains("Added: </strong>5. Publish a customer charter"))
    }

    func testACouncillorCannotEditAPlan() async throws {
        let councillor = try await signIn("councillor@wrenmoor.example")
        let plan = try await plan("Customer Services Division")

        let add = try await post(partsURL(plan, .actions), action, as: councillor)
        let step = try await post(SiteURL.planStep(council: "wrenmoor", .id(plan.id!), step: PlanStep.startRevision.rawValue).path,
                                  ["version": String(plan.version)], as: councillor)
        let manage = try await get(SiteURL.planManage(council: "wrenmoor", .id(plan.id!)).path, as: councillor)

        XCTAssertEqual(add.status, .forbidden)
        XCTAssertEqual(step.status, .forbidden)
        XCTAssertEqual(manage.status, .forbidden)
    }

    func testTheLifecycleIsTakenByTheRolesTheSpecNames() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let plan = try await plan("Customer Services Division")
        _ = try await post(SiteURL.planStep(council: "wrenmoor", .id(plan.id!), step: "revise").path, ["version": "1"], as: head)
        func step(_ name: String, _ form: [String: String], as browser: Browser) async throws -> XCTHTTPResponse {
            let version = try await BusinessPlan.find(plan.id, on: app.db)!.version
            return try await post(SiteURL.planStep(council: "wrenmoor", .id(plan.id!), step: name).path, form.merging(["version": String(version)]) { a, _ in a }, as: browser)
        }

        let officerSubmits = try await step("submit", [:], as: officer)
        let headSubmits = try await step("submit", [:], as: head)
        let approvalWithoutDecision = try await step("approve", [:], as: try await signIn("democratic@wrenmoor.example"))
        let approved = try await step("approve", ["decision": "Cabinet member decision CM/2026/40", "approvedOn": "2026-11-20"],
                                      as: try await signIn("democratic@wrenmoor.example"))
        let published = try await step("publish", [:], as: try await signIn("performance@wrenmoor.example"))

        XCTAssertEqual(officerSubmits.status, .forbidden)
        XCTAssertEqual(headSubmits.status, .seeOther)
        XCTAssertEqual(approvalWithoutDecision.status, .unprocessableEntity)
        XCTAssertTrue(approvalWithoutDecision.body.string.contains("Enter the decision that approved it"))
        XCTAssertEqual(approved.status, .seeOther)
        XCTAssertEqual(published.status, .seeOther)
        let reloaded = try await BusinessPlan.find(plan.id, on: app.db)!
        XCTAssertEqual(reloaded.status, .published)
        XCTAssertEqual(reloaded.publishedRevision, 2)
        let revision = try await PlanRevision.query(on: app.db).filter(\.$planID == plan.id!).filter(\.$revision == 2).first()
        XCTAssertEqual(revision?.approvedBy, "Cabinet member decision CM/2026/40")
    }

    func testBadInputIsRefusedWithMessagesThatSayWhatToFix() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await plan("Customer Services Division")
        _ = try await post(SiteURL.planStep(council: "wrenmoor", .id(plan.id!), step: "revise").path, ["version": "1"], as: head)
        var bad = action
        bad["officerDays"] = "ten days"
        bad["dueOn"] = "2027-02-30"
        bad["cost"] = "lots"

        let response = try await post(partsURL(plan, .actions), bad, as: head)
        let unknownPlan = try await get(SiteURL.plan(council: "wrenmoor", .id(UUID())).path)
        let unknownStep = try await post(SiteURL.planStep(council: "wrenmoor", .id(plan.id!), step: "abolish").path, ["version": "2"], as: head)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("“ten days” is not in the form “10 days – Policy Officer”"))
        XCTAssertTrue(response.body.string.contains("Due date must be a real date"))
        XCTAssertTrue(response.body.string.contains("Cost must be an amount in pounds"))
        XCTAssertEqual(unknownPlan.status, .notFound)
        XCTAssertEqual(unknownStep.status, .notFound)
    }

    func testNextYearsPlanCarriesForwardOpenActionsIndicatorsAndRisks() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await plan("Customer Services Division")
        let open = try await PlanAction.query(on: app.db).filter(\.$planID == plan.id!).all().filter { !$0.status.isClosed }.count

        let response = try await post(SiteURL.planNextYear(council: "wrenmoor", .id(plan.id!)).path, [:], as: head)
        let again = try await post(SiteURL.planNextYear(council: "wrenmoor", .id(plan.id!)).path, [:], as: head)

        XCTAssertEqual(response.status, .seeOther)
        XCTAssertEqual(again.status, .conflict)
        let next = try await self.plan("Customer Services Division", year: 2027)
        XCTAssertEqual(next.status, .draft)
        XCTAssertEqual(next.indicatorIDs, plan.indicatorIDs)
        let carried = try await PlanAction.query(on: app.db).filter(\.$planID == next.id!).count()
        let risks = try await PlanRisk.query(on: app.db).filter(\.$planID == next.id!).count()
        let budget = try await BudgetLine.query(on: app.db).filter(\.$planID == next.id!).count()
        XCTAssertEqual(carried, open)
        XCTAssertEqual(risks, 4)
        XCTAssertEqual(budget, 0)
    }
}
