@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// An action's target sets its due date when none is given, and its SMART check shows on its
/// form and in the confirmation after saving.
final class ActionDeadlineTests: BeaconTestCase {
    private let action = [
        "scope": "departmental", "activity": "Publish the channel shift strategy", "owner": "Head of Customer Services",
        "target": "Strategy to be agreed by Cabinet by end December 2027", "officerDays": "10 days – Policy Officer",
    ]

    private func addAction(_ form: [String: String], to plan: BusinessPlan, as head: Browser) async throws
        -> XCTHTTPResponse {
        let url = SiteURL.planParts(council: "wrenmoor", .id(plan.id!), part: PlanPartKind.actions.rawValue)
        return try await post(url.path, form, as: head)
    }

    private func actionURL(_ plan: BusinessPlan, _ row: PlanAction) -> String {
        SiteURL.planPart(council: "wrenmoor", .id(plan.id!), part: PlanPartKind.actions.rawValue, .id(row.id!)).path
    }

    private func saved(in plan: BusinessPlan) async throws -> PlanAction {
        try await XCTUnwrapAsync(await PlanAction.query(on: app.db).filter(\.$planID == plan.id!).first())
    }

    func testADatedTargetSetsTheDueDateAndTheConfirmationGivesTheSmartCheck() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await draft(as: head)

        let response = try await addAction(action, to: plan, as: head)
        let page = try await get(SiteURL.planManage(council: "wrenmoor", .id(plan.id!)).path, as: head)

        XCTAssertEqual(response.status, .seeOther)
        let due = try await saved(in: plan).dueOn
        XCTAssertEqual(due?.iso, "2027-12-31", "“to be agreed” does not hide the date beside it")
        XCTAssertTrue(page.body.string.contains("The action is added. SMART check: S M A – T."), page.body.string)
        XCTAssertTrue(page.body.string.contains("Relevant: Not linked to a strategic priority"))
    }

    func testTheActionFormShowsEachLetterInWords() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await draft(as: head)
        _ = try await addAction(action, to: plan, as: head)
        let row = try await saved(in: plan)

        let form = try await get(actionURL(plan, row), as: head)

        XCTAssertEqual(form.status, .ok)
        let body = form.body.string
        XCTAssertTrue(body.contains("SMART check</h2>"))
        XCTAssertTrue(body.contains("Timed: passes. </strong>Due 31 December 2027."), body)
        XCTAssertTrue(body.contains("Relevant: fails. </strong>"))
        XCTAssertTrue(body.contains("Specific: passes. </strong>"))
    }

    func testADueDateFromTheTargetFollowsItAndATypedOneStays() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await draft(as: head)
        _ = try await addAction(action, to: plan, as: head)
        let row = try await saved(in: plan)
        let url = actionURL(plan, row)
        var form = action
        // As the form sends it back: the due date it showed, which came from the target.
        form["dueOn"] = "2027-12-31"
        form["target"] = "Strategy agreed by Cabinet by end March 2028"
        form["version"] = "1"

        let moved = try await post(url, form, as: head)
        let afterMove = try await saved(in: plan).dueOn
        form["dueOn"] = "2028-02-15"
        form["version"] = "2"
        let typed = try await post(url, form, as: head)

        XCTAssertEqual(moved.status, .seeOther)
        XCTAssertEqual(afterMove?.iso, "2028-03-31")
        XCTAssertEqual(typed.status, .seeOther)
        let typedDue = try await saved(in: plan).dueOn
        XCTAssertEqual(typedDue?.iso, "2028-02-15")
    }

    func testATargetDatedBeforeTheStartIsRefusedWithTheDate() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await draft(as: head)
        var form = action
        form["target"] = "Agreed by end March 2027"
        form["startsOn"] = "2027-04-01"

        let response = try await addAction(form, to: plan, as: head)

        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains("date, 31 March 2027, is before the start date"))
        let count = try await PlanAction.query(on: app.db).filter(\.$planID == plan.id!).count()
        XCTAssertEqual(count, 0)
    }

    func testACouncillorCannotAddAnAction() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await draft(as: head)
        let councillor = try await signIn("councillor@wrenmoor.example")

        let response = try await addAction(action, to: plan, as: councillor)

        // A draft is not shown to councillors at all, so it is not found rather than refused.
        XCTAssertEqual(response.status, .notFound)
        let count = try await PlanAction.query(on: app.db).filter(\.$planID == plan.id!).count()
        XCTAssertEqual(count, 0)
    }
}
