@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

/// Entering, restating and verifying values, and who may.
final class ValueEntryTests: BeaconTestCase {
    func testAPerformanceOfficerEntersAMissingValueAndItIsJudgedAndAudited() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let bv82a = try await indicator("BV 82a")
        let period = latestPeriod(bv82a)

        let form = try await get(periodURL(bv82a, period), as: officer)
        let response = try await post(periodURL(bv82a, period), ["kind": "actual", "value": "41.2%", "commentary": "Garden waste up"], as: officer)

        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.body.string.contains("Target: 40.0%"), "the form shows the target while typing")
        XCTAssertEqual(response.status, .seeOther)
        let saved = try await XCTUnwrapAsync(await values(of: bv82a).first { $0.period == period && $0.kind == .actual })
        XCTAssertEqual(saved.value, "41.2")
        XCTAssertEqual(saved.status, .green)
        XCTAssertFalse(saved.isVerified)
        let audited = try await AuditEntry.query(on: app.db).filter(\.$recordID == saved.id!).count()
        XCTAssertEqual(audited, 1)
    }

    func testAnOfficerCannotEnterValuesForAnotherUnitsIndicator() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let bv8 = try await indicator("BV 8")

        let response = try await post(periodURL(bv8, latestPeriod(bv8)), ["kind": "actual", "value": "99"], as: officer)
        let form = try await get(periodURL(bv8, latestPeriod(bv8)), as: officer)

        XCTAssertEqual(response.status, .forbidden)
        XCTAssertEqual(form.status, .forbidden)
        XCTAssertTrue(response.body.string.contains("You may only enter values for your own unit's indicators."))
    }

    func testAnOfficerEntersAnEstimateForTheirOwnUnit() async throws {
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let lpi4 = try await indicator("LPI 4")
        let next = ReportingPeriod(containing: today, kind: .quarter)

        let response = try await post(periodURL(lpi4, next), ["kind": "projection", "value": "77"], as: officer)

        XCTAssertEqual(response.status, .seeOther)
        let projections = try await values(of: lpi4).filter { $0.kind == .projection }
        XCTAssertEqual(projections.map(\.value), ["77"])
    }

    func testBadValuesAreRefusedWithAMessage() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let bv82a = try await indicator("BV 82a")
        let period = latestPeriod(bv82a)

        let words = try await post(periodURL(bv82a, period), ["kind": "actual", "value": "ninety"], as: officer)
        let both = try await post(periodURL(bv82a, period), ["kind": "actual", "value": "40", "missingReason": "not_collected"], as: officer)
        let nothing = try await post(periodURL(bv82a, period), ["kind": "actual"], as: officer)
        let badPeriod = try await get(SiteURL.indicatorPeriod(council: "wrenmoor", .id(bv82a.id!), period: "2024-25").path, as: officer)
        let badCouncil = try await get("/councils/nowhere/indicators", as: officer)

        XCTAssertEqual(words.status, .unprocessableEntity)
        XCTAssertTrue(words.body.string.contains("Enter a number, like 87.5"))
        XCTAssertTrue(both.body.string.contains("Give a value or a reason there is none, not both"))
        XCTAssertTrue(nothing.body.string.contains("Enter the value, or choose why there is none"))
        XCTAssertEqual(badPeriod.status, .notFound)
        XCTAssertEqual(badCouncil.status, .notFound)
        let saved = try await values(of: bv82a).filter { $0.period == period }
        XCTAssertTrue(saved.isEmpty)
    }

    func testRestatingAVerifiedValueNeedsAReasonAndKeepsTheOldValueInTheAuditTrail() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let bv8 = try await indicator("BV 8")
        let period = latestPeriod(bv8)
        let existing = try await XCTUnwrapAsync(await values(of: bv8).first { $0.period == period && $0.kind == .actual })
        XCTAssertTrue(existing.isVerified)

        let refused = try await post(periodURL(bv8, period), ["kind": "actual", "value": "90", "version": String(existing.version)], as: officer)
        let restated = try await post(periodURL(bv8, period), ["kind": "actual", "value": "90", "version": String(existing.version),
                                                              "restatementReason": "Late invoices found"], as: officer)

        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("This value was verified: say why it is being restated"))
        XCTAssertEqual(restated.status, .seeOther)
        let now = try await XCTUnwrapAsync(await IndicatorValue.find(existing.id, on: app.db))
        XCTAssertEqual(now.value, "90")
        XCTAssertFalse(now.isVerified)
        XCTAssertEqual(now.restatementReason, "Late invoices found")
        let entry = try await XCTUnwrapAsync(await AuditEntry.query(on: app.db).filter(\.$recordID == existing.id!)
            .filter(\.$change == "update").first())
        XCTAssertTrue(try XCTUnwrap(entry.before).contains("\"value\":\"\(existing.value!)\""))
    }

    func testOnlyAPerformanceOfficerVerifies() async throws {
        let unverified = try await XCTUnwrapAsync(await IndicatorValue.query(on: app.db).filter(\.$verifiedAt == nil)
            .filter(\.$kind == ValueKind.actual).filter(\.$value != nil).first())
        let indicator = try await XCTUnwrapAsync(await Indicator.find(unverified.indicatorID, on: app.db))
        let url = SiteURL.indicatorVerify(council: "wrenmoor", .id(indicator.id!), period: unverified.period.key).path
        let head = try await signIn("head.customer@wrenmoor.example")
        let performance = try await signIn("performance@wrenmoor.example")

        let refused = try await post(url, [:], as: head)
        let verified = try await post(url, [:], as: performance)
        let again = try await post(url, [:], as: performance)

        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertEqual(verified.status, .seeOther)
        XCTAssertEqual(again.status, .conflict)
        let now = try await XCTUnwrapAsync(await IndicatorValue.find(unverified.id, on: app.db))
        XCTAssertEqual(now.verifiedBy, "performance@wrenmoor.example")
    }
}
