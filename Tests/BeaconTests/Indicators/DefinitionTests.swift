@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Defining indicators, calculated ones, revisions, re-judging and what a user owes.
final class DefinitionTests: BeaconTestCase {
    func definition(_ code: String, formula: String? = nil, unit: UUID) -> [String: String] {
        ["code": code, "title": "Test \(code)", "purpose": "Testing", "definition": "Counted by hand", "scope": "local", "unit": "percentage",
         "decimalPlaces": "1", "polarity": "higher_is_better", "frequency": "quarterly", "owningUnitID": unit.uuidString,
         "dataSource": formula == nil ? "entered" : "calculated", "formula": formula ?? "", "firstYear": "2024/25"]
    }

    func testOnlyAPerformanceOfficerDefinesIndicators() async throws {
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        let admin = try await signIn(DemoData.administratorEmail)
        let performance = try await signIn("performance@wrenmoor.example")

        let refused = try await post(SiteURL.list(.indicators).path, definition("T 1", unit: unit), as: admin)
        let created = try await post(SiteURL.list(.indicators).path, definition("T 1", unit: unit), as: performance)
        let duplicate = try await post(SiteURL.list(.indicators).path, definition("T 1", unit: unit), as: performance)

        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertEqual(created.status, .seeOther)
        XCTAssertEqual(duplicate.status, .unprocessableEntity)
        XCTAssertTrue(duplicate.body.string.contains("The council already has an indicator with this code"))
    }

    func testFormulasMustBeReadableKnownAndNotCircular() async throws {
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        let performance = try await signIn("performance@wrenmoor.example")
        let url = SiteURL.list(.indicators).path

        let unreadable = try await post(url, definition("C 1", formula: "[LPI 14a] +", unit: unit), as: performance)
        let unknown = try await post(url, definition("C 1", formula: "[NOPE] * 2", unit: unit), as: performance)
        let wrongFrequency = try await post(url, definition("C 1", formula: "[BV 9] * 2", unit: unit), as: performance)
        let circular = try await post(url, definition("C 1", formula: "[LPI 14] + [C 1]", unit: unit), as: performance)

        XCTAssertTrue(unreadable.body.string.contains("The formula ends too soon at character 12"))
        XCTAssertTrue(unknown.body.string.contains("There is no indicator with the code NOPE"))
        XCTAssertTrue(wrongFrequency.body.string.contains("BV 9 is reported annual"))
        XCTAssertTrue(circular.body.string.contains("A formula may not use its own indicator"))
    }

    func testACalculatedIndicatorIsWorkedOutAgainWhenAnInputChangesAndDivisionByZeroGivesNoValue() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let offered = try await indicator("LPI 14a"), answered = try await indicator("LPI 14b"), share = try await indicator("LPI 14")
        let period = ReportingPeriod(label: "2023/24 Q1")!
        let offeredValue = try await XCTUnwrapAsync(await values(of: offered).first { $0.period == period })
        let answeredValue = try await XCTUnwrapAsync(await values(of: answered).first { $0.period == period })

        _ = try await post(periodURL(offered, period), ["kind": "actual", "value": "40000", "version": "\(offeredValue.version)", "restatementReason": "Recount"], as: performance)
        _ = try await post(periodURL(answered, period), ["kind": "actual", "value": "30000", "version": "\(answeredValue.version)", "restatementReason": "Recount"], as: performance)
        let calculated = try await values(of: share).first { $0.period == period }
        let refreshed = try await XCTUnwrapAsync(await IndicatorValue.find(offeredValue.id, on: app.db))
        _ = try await post(periodURL(offered, period), ["kind": "actual", "value": "0", "version": "\(refreshed.version)"], as: performance)
        let byZero = try await values(of: share).first { $0.period == period }
        let direct = try await post(periodURL(share, period), ["kind": "actual", "value": "50"], as: performance)

        XCTAssertEqual(calculated?.value, "75")
        XCTAssertFalse(calculated?.isVerified ?? true, "inputs restated, so not verified")
        XCTAssertNil(byZero?.value)
        XCTAssertEqual(byZero?.calculationNote, "Division by zero: [LPI 14a] is 0 in this period.")
        XCTAssertEqual(direct.status, .conflict)
    }

    func testChangingTheDefinitionStartsANewRevisionAndBreaksComparison() async throws {
        let performance = try await signIn("performance@wrenmoor.example")
        let bv8 = try await indicator("BV 8")
        var form = definition("BV 8", unit: bv8.owningUnitID)
        form["definition"] = "Invoices paid within 20 days"
        form["scope"] = "national"
        form["version"] = String(bv8.version)

        let response = try await post(SiteURL.record(.indicators, .id(bv8.id!)).path, form, as: performance)
        let period = latestPeriod(bv8)
        let existing = try await XCTUnwrapAsync(await values(of: bv8).first { $0.period == period && $0.kind == .actual })
        _ = try await post(periodURL(bv8, period), ["kind": "actual", "value": "96", "version": "\(existing.version)", "restatementReason": "New definition"], as: performance)
        let csv = try await get(SiteURL.indicator(council: "wrenmoor", .id(bv8.id!), format: .csv).path, as: performance)

        XCTAssertEqual(response.status, .seeOther)
        let revisions = try await IndicatorRevision.query(on: app.db).filter(\.$indicatorID == bv8.id!).count()
        XCTAssertEqual(revisions, 2)
        let row = csvRows(csv.body.string).first { $0["period"] == period.label }
        XCTAssertEqual(row?["revision"], "2")
        XCTAssertEqual(row?["direction_previous"], "not_comparable")
    }

    func testStatusesKeepTheirToleranceUntilAPerformanceOfficerAsksToJudgeAgain() async throws {
        let council = try await record(Council.self, where: \.$slug, is: "wrenmoor")
        council.tolerancePercent = 0
        try await council.save(on: app.db)
        let amberBefore = try await IndicatorValue.query(on: app.db).filter(\.$councilID == council.id!).filter(\.$status == RAGStatus.amber).count()
        let officer = try await signIn("officer.policy@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")

        let refused = try await post(SiteURL.indicatorRejudge(council: "wrenmoor").path, [:], as: officer)
        let rejudged = try await post(SiteURL.indicatorRejudge(council: "wrenmoor").path, [:], as: performance)

        XCTAssertGreaterThan(amberBefore, 0)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertEqual(rejudged.status, .seeOther)
        let amberAfter = try await IndicatorValue.query(on: app.db).filter(\.$councilID == council.id!).filter(\.$status == RAGStatus.amber).count()
        XCTAssertEqual(amberAfter, 0, "with no tolerance nothing is amber")
        // The demo's values were created through the same command; judging again updates them.
        let audited = try await AuditEntry.query(on: app.db).filter(\.$recordType == "indicator value")
            .filter(\.$change == "update").count()
        XCTAssertGreaterThanOrEqual(audited, amberBefore)
    }

    func testTheHomePageListsValuesOwedOverdueFirst() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")

        let home = try await get(SiteURL.home.path, as: head)

        XCTAssertTrue(home.body.string.contains("Values you owe"))
        XCTAssertTrue(home.body.string.contains("LPI 1 Average working days to answer correspondence"))
        XCTAssertTrue(home.body.string.contains("Overdue"))
    }

    func testIndicatorsThroughTheAPI() async throws {
        let key = try await issueAPIKey(role: "performance_officer")
        let adminKey = try await issueAPIKey(role: "administrator")
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre").id!
        let body = try String(decoding: JSONSerialization.data(withJSONObject: definition("API 1", unit: unit)), as: UTF8.self)

        let list = try await api(.GET, SiteURL.apiList(.indicators).path, key: key)
        let created = try await api(.POST, SiteURL.apiList(.indicators).path, key: key, body: body)
        let refused = try await api(.POST, SiteURL.apiList(.indicators).path, key: adminKey, body: body)
        let bad = try await api(.POST, SiteURL.apiList(.indicators).path, key: key, body: #"{"code": ""}"#)

        XCTAssertEqual(list.status, .ok)
        XCTAssertEqual(created.status, .created)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertEqual(bad.status, .unprocessableEntity)
    }
}
