@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// The forms of every plan section, the plan's own text, and starting a plan: each saves good
/// input and refuses bad input with a message, on a draft only.
final class PlanSectionFormTests: BeaconTestCase {
    func testEverySectionAcceptsGoodInputAndRefusesBadInput() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await draft(as: head)
        let priority = try await record(StrategicPriority.self, where: \.$title, is: "Customers first").id!.uuidString
        let cases: [(PlanPartKind, good: [String: String], bad: [String: String], message: String)] = [
            (.priorities, ["priority": priority, "responsibility": "Answers the phone"], ["priority": "not-an-id", "responsibility": "x"], "Choose strategic priority from the list"),
            (.developments, ["starts": "2027/28", "development": "Webchat", "inResponseTo": "Channel shift plan", "outcome": "Fewer calls"],
             ["starts": "next year", "development": "Webchat", "inResponseTo": "Plan", "outcome": "Fewer calls"], "Start must be a year like 2005/06"),
            (.budget, ["activity": "Contact centre", "year": "2027", "kind": "estimate", "expenditure": "400,500", "income": "0", "fte": "31.5"],
             ["activity": "Contact centre", "year": "2027", "kind": "estimate", "expenditure": "-5", "income": "0"], "Expenditure must be an amount in pounds"),
            (.consultations, ["title": "Survey", "method": "Citizens' panel survey", "completionOn": "2027-10-31", "purpose": "Views", "feedbackUse": "Plan changes"],
             ["title": "Survey", "method": "Panel", "completionOn": "31/10/2027", "purpose": "Views", "feedbackUse": "Plan"], "Completion date must be a real date"),
            (.risks, ["element": "Staff", "area": "Advisers leave", "owner": "Contact Centre Manager", "likelihood": "3", "impact": "2", "targetScore": "4", "reviewOn": "2027-09-30"],
             ["element": "Staff", "area": "Advisers leave", "owner": "Manager", "likelihood": "0", "impact": "2", "targetScore": "4", "reviewOn": "2027-09-30"], "Likelihood must be between 1 and 4"),
        ]

        for (kind, good, bad, message) in cases {
            let saved = try await post(SiteURL.planParts(council: "wrenmoor", .id(plan.id!), part: kind.rawValue).path, good, as: head)
            let refused = try await post(SiteURL.planParts(council: "wrenmoor", .id(plan.id!), part: kind.rawValue).path, bad, as: head)
            XCTAssertEqual(saved.status, .seeOther, kind.rawValue)
            XCTAssertEqual(refused.status, .unprocessableEntity, kind.rawValue)
            XCTAssertTrue(refused.body.string.contains(message), "\(kind.rawValue): \(message)")
        }
        let budget = try await XCTUnwrapAsync(await BudgetLine.query(on: app.db).filter(\.$planID == plan.id!).first())
        XCTAssertEqual(budget.expenditurePence, 40_050_000)
        XCTAssertEqual(budget.fteHundredths, 3_150)
    }

    func testAChangedRowIsSavedOnceAndAStaleVersionIsRefused() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await draft(as: head)
        let url = SiteURL.planParts(council: "wrenmoor", .id(plan.id!), part: PlanPartKind.developments.rawValue).path
        _ = try await post(url, ["starts": "2027/28", "development": "Webchat", "inResponseTo": "Channel shift plan", "outcome": "Fewer calls"], as: head)
        let row = try await XCTUnwrapAsync(await PlanDevelopment.query(on: app.db).filter(\.$planID == plan.id!).first())
        let rowURL = SiteURL.planPart(council: "wrenmoor", .id(plan.id!), part: PlanPartKind.developments.rawValue, .id(row.id!)).path
        let form = ["starts": "2027/29", "development": "Webchat and email", "inResponseTo": "Channel shift plan", "outcome": "Fewer calls", "version": "1"]

        let first = try await post(rowURL, form, as: head)
        let stale = try await post(rowURL, form, as: head)
        let removed = try await post(SiteURL.planPartDelete(council: "wrenmoor", .id(plan.id!), part: PlanPartKind.developments.rawValue, .id(row.id!)).path,
                                     ["version": "2"], as: head)

        XCTAssertEqual(first.status, .seeOther)
        XCTAssertEqual(stale.status, .conflict)
        XCTAssertEqual(removed.status, .seeOther)
        let left = try await PlanDevelopment.query(on: app.db).filter(\.$planID == plan.id!).count()
        XCTAssertEqual(left, 0)
    }

    func testThePlansTextIsSavedAndBadInputNamed() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await draft(as: head)
        let lpi2 = try await XCTUnwrapAsync(await Indicator.query(on: app.db).filter(\.$code == "LPI 2").first()).id!
        let url = SiteURL.planEdit(council: "wrenmoor", .id(plan.id!)).path

        let saved = try await post(url, ["horizonEnd": "2031", "purpose": "Answer calls", "coreActivities": "Calls", "indicators[]": lpi2.uuidString, "version": "1"], as: head)
        let refused = try await post(url, ["horizonEnd": "2060", "purpose": "", "coreActivities": "Calls", "version": "2"], as: head)

        XCTAssertEqual(saved.status, .seeOther)
        let reloaded = try await BusinessPlan.find(plan.id, on: app.db)!
        XCTAssertEqual(reloaded.indicatorIDs, [lpi2])
        XCTAssertEqual(reloaded.horizon, "2027 to 2031")
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("Horizon must be between 2028 and 2037"))
        XCTAssertTrue(refused.body.string.contains("Enter description and purpose"))
    }

    func testAPlanCannotBeStartedTwiceOrForAnotherUnit() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let contactCentre = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        let housing = try await record(Unit.self, where: \.$name, is: "Housing Services").id!

        let first = try await post(SiteURL.planList(council: "wrenmoor").path, ["unit": contactCentre.uuidString, "year": "2027"], as: officer)
        let twice = try await post(SiteURL.planList(council: "wrenmoor").path, ["unit": contactCentre.uuidString, "year": "2027"], as: officer)
        let otherUnit = try await post(SiteURL.planList(council: "wrenmoor").path, ["unit": housing.uuidString, "year": "2027"], as: officer)
        let councillor = try await get(SiteURL.planNew(council: "wrenmoor").path, as: try await signIn("councillor@wrenmoor.example"))

        XCTAssertEqual(first.status, .seeOther)
        XCTAssertEqual(twice.status, .unprocessableEntity)
        XCTAssertTrue(twice.body.string.contains("This unit already has a plan for 2027/28"))
        XCTAssertEqual(otherUnit.status, .unprocessableEntity)
        XCTAssertTrue(otherUnit.body.string.contains("You may only start plans for your own unit"))
        XCTAssertEqual(councillor.status, .forbidden)
    }

    func testEveryFormPageOpensForTheUnitAndNotForACouncillor() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let councillor = try await signIn("councillor@wrenmoor.example")
        let plan = try await draft(as: head)
        let ref = RecordRef.id(plan.id!)
        let pages = [SiteURL.planManage(council: "wrenmoor", ref), .planEdit(council: "wrenmoor", ref), .planNew(council: "wrenmoor")]
            + PlanPartKind.allCases.map { SiteURL.planPartNew(council: "wrenmoor", ref, part: $0.rawValue) }

        for page in pages {
            let opened = try await get(page.path, as: head)
            let refused = try await get(page.path, as: councillor)
            XCTAssertEqual(opened.status, .ok, page.path)
            XCTAssertTrue([.forbidden, .notFound].contains(refused.status), "\(page.path): \(refused.status)")
        }
    }
}

extension BeaconTestCase {
    /// A fresh draft of the Contact Centre's 2027/28 plan, started by its head of division.
    func draft(as head: Browser) async throws -> BusinessPlan {
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        _ = try await post(SiteURL.planList(council: "wrenmoor").path, ["unit": unit.uuidString, "year": "2027"], as: head)
        return try await XCTUnwrapAsync(await BusinessPlan.query(on: app.db).filter(\.$unitID == unit).filter(\.$year == 2027).first())
    }
}
