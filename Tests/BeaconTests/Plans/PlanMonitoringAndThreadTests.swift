@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Progress, risk reviews, budget variance, strategies and the golden thread.
final class PlanMonitoringAndThreadTests: BeaconTestCase {
    func plan(_ unit: String) async throws -> BusinessPlan {
        let unitID = try await record(Unit.self, where: \.$name, is: unit).id!
        return try await XCTUnwrapAsync(await BusinessPlan.query(on: app.db).filter(\.$unitID == unitID).filter(\.$year == 2026).first())
    }

    func action(_ activity: String, in plan: BusinessPlan) async throws -> PlanAction {
        try await XCTUnwrapAsync(await PlanAction.query(on: app.db).filter(\.$planID == plan.id!).filter(\.$activity == activity).first())
    }

    func testProgressOnAnApprovedPlanIsRecordedAndADifferentStatusNeedsAReason() async throws {
        let officer = try await signIn("head.customer@wrenmoor.example")
        let plan = try await plan("Customer Services Division")
        let action = try await action("Train every adviser in the new benefits scripts", in: plan)
        let url = SiteURL.actionProgress(council: "wrenmoor", .id(plan.id!), .id(action.id!)).path
        // Due 31 August 2026 from 1 April 2026: on 1 June 61 of 152 days have passed, so 20% is about half of expected.
        let form = ["on": "2026-06-01", "percent": "20", "status": "on_track", "commentary": "Scripts drafted", "version": String(action.version)]

        let unexplained = try await post(url, form, as: officer)
        let explained = try await post(url, form.merging(["overrideReason": "Training is booked for July"]) { $1 }, as: officer)

        XCTAssertEqual(unexplained.status, .unprocessableEntity)
        XCTAssertTrue(unexplained.body.string.contains("Beacon suggests “Off track” from progress against time"))
        XCTAssertEqual(explained.status, .seeOther)
        let saved = try await PlanAction.find(action.id, on: app.db)!
        XCTAssertEqual(saved.percent, 20)
        XCTAssertEqual(saved.status, .onTrack)
        let update = try await ActionUpdate.query(on: app.db).filter(\.$actionID == action.id!).first()
        XCTAssertEqual(update?.overrideReason, "Training is booked for July")
        XCTAssertEqual(update?.author, "head.customer@wrenmoor.example")
        let page = try await get(url, as: officer)
        XCTAssertTrue(page.body.string.contains("On track (chosen because: Training is booked for July)"), "the form lists earlier updates")
    }

    func testAnOfficerOfAnotherUnitCannotRecordProgress() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let plan = try await plan("Customer Services Division")
        let action = try await action("Train every adviser in the new benefits scripts", in: plan)

        let response = try await post(SiteURL.actionProgress(council: "wrenmoor", .id(plan.id!), .id(action.id!)).path,
                                      ["on": "2026-06-01", "percent": "20", "status": "off_track", "commentary": "x", "version": "1"], as: officer)

        XCTAssertEqual(response.status, .forbidden)
    }

    func testARiskReviewKeepsTheScoreHistory() async throws {
        let officer = try await signIn("head.customer@wrenmoor.example")
        let plan = try await plan("Customer Services Division")
        let risk = try await XCTUnwrapAsync(await PlanRisk.query(on: app.db).filter(\.$planID == plan.id!).sort(\.$position).first())
        let url = SiteURL.riskReview(council: "wrenmoor", .id(plan.id!), .id(risk.id!)).path

        let offScale = try await post(url, ["reviewedOn": "2026-09-30", "likelihood": "5", "impact": "2", "nextReviewOn": "2026-12-31", "version": "1"], as: officer)
        let reviewed = try await post(url, ["reviewedOn": "2026-09-30", "likelihood": "2", "impact": "2", "nextReviewOn": "2026-12-31", "version": "1"], as: officer)
        let document = try await get(SiteURL.plan(council: "wrenmoor", .id(plan.id!)).path, as: officer)

        XCTAssertEqual(offScale.status, .unprocessableEntity)
        XCTAssertTrue(offScale.body.string.contains("Likelihood must be between 1 and 4"))
        XCTAssertEqual(reviewed.status, .seeOther)
        let reviews = try await RiskReview.query(on: app.db).filter(\.$riskID == risk.id!).sort(\.$reviewedOn).all()
        XCTAssertEqual(reviews.map { $0.likelihood * $0.impact }, [12, 4])
        XCTAssertTrue(document.body.string.contains("4 (2 × 2) on 30 September 2026"))
    }

    func testBudgetVarianceComparesTwoKinds() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let plan = try await plan("Customer Services Division")
        let url = SiteURL.planBudget(council: "wrenmoor", .id(plan.id!))

        let page = try await get(url.path(query: [("from", "2025-revised"), ("to", "2026-estimate")]), as: head)
        let badChoice = try await get(url.path(query: [("from", "1999-outturn")]), as: head)
        let publicView = try await get(url.path)

        XCTAssertEqual(page.status, .ok)
        // Contact centre net: revised £377,500 → estimate £388,000, a change of £10,500 (2.8%).
        XCTAssertTrue(page.body.string.contains("<td class=\"number\">378</td><td class=\"number\">388</td><td class=\"number\">11</td><td class=\"number\">2.8%</td>"))
        XCTAssertEqual(badChoice.status, .badRequest)
        XCTAssertEqual(publicView.status, .seeOther, "sent to sign in")
    }

    func testTheGoldenThreadShowsActionsIndicatorsAndRisksAcrossUnits() async throws {
        let customersFirst = try await record(StrategicPriority.self, where: \.$title, is: "Customers first")

        let page = try await get(SiteURL.goldenThread(council: "wrenmoor", .id(customersFirst.id!)).path)
        let unknown = try await get(SiteURL.goldenThread(council: "wrenmoor", .id(UUID())).path)

        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Run the annual residents"), "an action of the chief executive's plan")
        XCTAssertTrue(page.body.string.contains("Answer 80% of calls within 20 seconds"), "an action of the customer services plan")
        XCTAssertTrue(page.body.string.contains("LPI 4 Enquiries resolved at first contact"), "an indicator of the priority")
        XCTAssertTrue(page.body.string.contains("Loss of experienced advisers"), "a risk of the priority")
        XCTAssertEqual(unknown.status, .notFound)
    }

    func testAStrategyShowsItsActionPlanAndOnlyPerformanceOfficersKeepStrategies() async throws {
        let strategy = try await record(Strategy.self, where: \.$title, is: "Customer Services Strategy")
        let corporate = try await record(Strategy.self, where: \.$title, is: "Wrenmoor Corporate Strategy")
        let form = ["title": "Procurement Strategy", "corporate": "no", "firstYear": "2026", "lastYear": "2030",
                    "owner": "Director of Finance and Resources", "cadence": "annual", "summary": "Buying well."]

        let page = try await get(SiteURL.strategy(council: "wrenmoor", .id(strategy.id!)).path)
        let corporatePage = try await get(SiteURL.strategy(council: "wrenmoor", .id(corporate.id!)).path)
        let byOfficer = try await post(SiteURL.list(.strategies).path, form, as: try await signIn("officer.policy@wrenmoor.example"))
        let byPerformance = try await post(SiteURL.list(.strategies).path, form, as: try await signIn("performance@wrenmoor.example"))
        let secondCorporate = try await post(SiteURL.list(.strategies).path, form.merging(["corporate": "yes", "title": "Another"]) { $1 },
                                             as: try await signIn("performance@wrenmoor.example"))

        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Bring housing benefit enquiries into the contact centre"))
        XCTAssertTrue(page.body.string.contains("Every six months"))
        XCTAssertTrue(corporatePage.body.string.contains("Bring empty homes back into use"), "the corporate strategy lists objectives")
        XCTAssertEqual(byOfficer.status, .forbidden)
        XCTAssertEqual(byPerformance.status, .seeOther)
        XCTAssertEqual(secondCorporate.status, .unprocessableEntity)
    }

    func testASurveysOutcomeFeedsItsIndicatorOrNothingIsSaved() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let plan = try await plan("Chief Executive's Department")
        let survey = try await XCTUnwrapAsync(await PlanConsultation.query(on: app.db).filter(\.$planID == plan.id!).filter(\.$title == "Residents' survey").first())
        let bv3 = try await XCTUnwrapAsync(await Indicator.query(on: app.db).filter(\.$code == "BV 3").first())
        let url = SiteURL.consultationOutcome(council: "wrenmoor", .id(plan.id!), .id(survey.id!)).path
        let form = ["outcome": "Satisfaction rose", "responses": "1204", "version": "1"]

        let bad = try await post(url, form.merging(["result": "lots"]) { $1 }, as: officer)
        let unchanged = try await PlanConsultation.find(survey.id, on: app.db)!
        let good = try await post(url, form.merging(["result": "58"]) { $1 }, as: officer)

        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertEqual(unchanged.outcome, "", "nothing is saved when the result is refused")
        XCTAssertEqual(good.status, .seeOther)
        let value = try await XCTUnwrapAsync(await IndicatorValue.query(on: app.db).filter(\.$indicatorID == bv3.id!)
            .filter(\.$period == ReportingPeriod(containing: CalendarDate(iso: "2026-10-31")!, kind: bv3.frequency.periodKind))
            .filter(\.$kind == ValueKind.actual).first())
        XCTAssertEqual(value.value, "58")
        XCTAssertEqual(value.commentary, "From the Residents' survey (1204 responses)")
        let saved = try await PlanConsultation.find(survey.id, on: app.db)!
        XCTAssertEqual(saved.outcome, "Satisfaction rose")
        XCTAssertEqual(saved.responses, 1204)
    }
}
