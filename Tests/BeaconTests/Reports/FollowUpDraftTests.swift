@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import XCTest
import XCTVapor

/// A report a resolution asked for: its draft is made by the daily job four weeks before it is
/// due, and it is owed on the performance officer's home page, overdue first.
final class FollowUpDraftTests: BeaconTestCase {
    private func runJob(on day: CalendarDate) async throws -> String {
        try await BeaconClock.$current.withValue(.fixed(at: UKTime.instant(day, hour: 3, minute: 0))) {
            try await FollowUpDrafts.run(on: app.db)
        }
    }

    func testTheDraftIsMadeFourWeeksBeforeTheReportIsDueAndOnlyOnce() async throws {
        let followUp = try await XCTUnwrapAsync(await FollowUp.query(on: app.db).first())
        XCTAssertEqual(followUp.everyMonths, 6)
        let early = try await runJob(on: followUp.dueOn.adding(days: -29))
        XCTAssertEqual(early, "No report asked for by a resolution was due a draft.")
        let day = followUp.dueOn.adding(days: -28)
        let made = try await runJob(on: day)
        let span = ReportSpan(ReportingPeriod(containing: day, kind: .half).previous)
        XCTAssertEqual(made, "Drafts made: Customer service centre progress report, \(span.label).")
        let again = try await runJob(on: day.adding(days: 1))
        XCTAssertEqual(again, "No report asked for by a resolution was due a draft.", "one draft per report")
        let draft = try await XCTUnwrapAsync(await Report.query(on: app.db)
            .filter(\.$followUpID == followUp.id!).first())
        XCTAssertEqual(draft.stage, .draft)
        XCTAssertEqual(draft.spanFrom, span.from.key)
        XCTAssertEqual(draft.createdBy, "Beacon (daily job)")
    }

    func testAPerformanceOfficersHomePageListsTheReportsOwedOverdueFirst() async throws {
        let followUp = try await XCTUnwrapAsync(await FollowUp.query(on: app.db).first())
        let late = FollowUp()
        late.councilID = followUp.councilID
        late.resolutionID = followUp.resolutionID
        late.title = "Report on the waiting times at the housing counter"
        late.dueOn = today.adding(days: -3)
        try await late.create(on: app.db)
        _ = try await runJob(on: today)

        let officer = try await signIn("performance@wrenmoor.example")
        let home = try await get(SiteURL.home.path, as: officer).body.string
        let section = try XCTUnwrap(home.range(of: "Reports owed")).upperBound
        let lateAt = try XCTUnwrap(home.range(of: late.title, range: section..<home.endIndex)).lowerBound
        let laterAt = try XCTUnwrap(home.range(of: followUp.title, range: section..<home.endIndex)).lowerBound
        XCTAssertLessThan(lateAt, laterAt, "the overdue report first")
        XCTAssertTrue(home.contains(" – overdue"))
        let draft = try await XCTUnwrapAsync(await Report.query(on: app.db).filter(\.$followUpID == late.id!).first())
        XCTAssertTrue(home.contains(reportPath(draft.id!)), "the overdue report's draft, made by the job")
        XCTAssertTrue(home.contains("Made on \(followUp.dueOn.adding(days: -28).long)"), "the other's draft day")

        let head = try await signIn("head.customer@wrenmoor.example")
        let theirs = try await get(SiteURL.home.path, as: head).body.string
        XCTAssertFalse(theirs.contains("Reports owed"), "only those who prepare reports owe them")
    }
}
