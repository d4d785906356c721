@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import XCTest
import XCTVapor

/// Progress reports from the performance officer's template to the public's PDF and CSV.
final class ReportTests: BeaconTestCase {
    /// The issue's path: the quarterly report to cabinet from the template, two narratives
    /// edited, issued to a meeting's agenda item; the public reads it, downloads its PDF (A4
    /// pages, where Chromium is installed) and a table as CSV; the agenda item links it.
    func testAPerformanceOfficerIssuesTheQuarterlyReportToCabinetAndThePublicReadsIt() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let id = try await makeDraft(.quarterlyPerformance, as: officer)
        let editPage = try await get(SiteURL.reportEdit(council: "wrenmoor", .id(id)).path, as: officer)
        XCTAssertEqual(editPage.status, .ok)
        XCTAssertTrue(editPage.body.string.contains("Exception view: only red, amber and overdue indicators"))
        let narratives: [ReportSectionKind: String] = [.indicators: "Benefit processing recovered in September.",
                                                       .complaints: "Stage 1 answers were mostly in time."]
        let saved = try await post(SiteURL.reportEdit(council: "wrenmoor", .id(id)).path,
                                   try await editForm(id, narratives: narratives), as: officer)
        XCTAssertEqual(saved.status, .seeOther, saved.body.string)
        let draft = try await get(reportPath(id), as: officer)
        XCTAssertTrue(draft.body.string.contains("Draft: the figures are read from Beacon"))
        let item = try await nextCabinetItem()
        let issued = try await issue(id, ["issued_to": "meeting", "agenda_item_id": item.uuidString], as: officer)
        XCTAssertEqual(issued.status, .seeOther, issued.body.string)

        let page = try await get(reportPath(id))
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        for text in narratives.values { XCTAssertTrue(html.contains(text), text) }
        let line = try XCTUnwrap(html.firstMatch(of: #/Issued on [^<]*/#)).output
        XCTAssertTrue(line.hasPrefix("Issued on 25 November 2026 by Tom Ridley to Cabinet, 16 December 2026, item 1"),
                      String(line))
        XCTAssertFalse(html.contains("Issue this report"), "the public gets no officer's tools")
        try await checkPDF(id)
        let csv = try await get(tablePath(id, 1))
        XCTAssertEqual(csv.headers.contentType?.subType, "csv")
        let rows = try csvLines(csv.body.string)
        XCTAssertEqual(rows.first, ["Indicator", "Period", "Value", "Target", "Status", "Since the previous period",
                                    "Since a year earlier", "Commentary"])
        let open = try await Indicator.query(on: app.db).filter(\.$councilID == wrenmoorID()).filter(\.$closedOn == nil)
            .count()
        XCTAssertEqual(rows.count - 1, open, "a row for each of the council's open indicators")
        let meeting = try await XCTUnwrapAsync(await AgendaItem.find(item, on: app.db))
        let meetingPage = try await get(SiteURL.meeting(council: "wrenmoor", .id(meeting.meetingID)).path)
        XCTAssertTrue(meetingPage.body.string.contains(reportPath(id)), "the agenda item links the report")
    }

    /// Where Chromium is installed the PDF is Chromium's, on A4 pages; elsewhere the report's HTML file.
    private func checkPDF(_ id: UUID) async throws {
        let response = try await get(SiteURL.reportPDF(council: "wrenmoor", .id(id)).path)
        XCTAssertEqual(response.status, .ok)
        guard ReportPDF.chromium() != nil else {
            XCTAssertEqual(response.headers.contentType, .html)
            XCTAssertTrue(response.body.string.contains("Benefit processing recovered in September."))
            return
        }
        XCTAssertEqual(response.headers.contentType?.subType, "pdf")
        let pdf = String(decoding: Data(response.body.readableBytesView), as: UTF8.self)
        XCTAssertTrue(pdf.hasPrefix("%PDF-"))
        let pages = pdf.matches(of: #/\/Type \/Page\b(?!s)/#).count
        XCTAssertGreaterThanOrEqual(pages, 3, "a page for the cover and each section of seven")
        let boxes = Set(pdf.matches(of: #/\/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]/#).map {
            "\(Int(Double($0.output.1)!.rounded())) x \(Int(Double($0.output.2)!.rounded()))"
        })
        XCTAssertEqual(boxes, ["595 x 842"], "every page is A4 portrait in points")
    }

    /// Without Chromium, or when it fails, the PDF download is the report's HTML file.
    func testThePDFFallsBackToTheHTMLFileWithoutAWorkingChromium() async throws {
        let issued = try await record(Report.self, where: \.$title, is: "Quarterly performance report, 2026/27 Q2")
        defer { unsetenv("BEACON_CHROMIUM") }
        for program in ["/no/such/chromium", "/bin/false"] {
            setenv("BEACON_CHROMIUM", program, 1)
            let response = try await get(SiteURL.reportPDF(council: "wrenmoor", .id(issued.id!)).path)
            XCTAssertEqual(response.status, .ok, program)
            XCTAssertEqual(response.headers.contentType, .html, program)
            XCTAssertTrue(response.headers.first(name: .contentDisposition)?
                .contains("quarterly-performance-report-2026-27-q2.html") == true, program)
            XCTAssertTrue(response.body.string.contains("Content-Security-Policy"), "the one-file HTML")
        }
    }

    func testThePublicSeesIssuedReportsAndTheFeedButNoDraft() async throws {
        let list = try await get(Self.reports.path)
        XCTAssertEqual(list.status, .ok)
        let html = list.body.string
        XCTAssertTrue(html.contains("Quarterly performance report, 2026/27 Q2"))
        XCTAssertTrue(html.contains("Customer Services Strategy: progress report, 2026/27 H1"))
        XCTAssertFalse(html.contains("Annual performance plan 2026/27"), "the demo's draft is not public")
        XCTAssertFalse(html.contains("Make a report"))
        let draft = try await record(Report.self, where: \.$title, is: "Annual performance plan 2026/27")
        let refused = try await get(reportPath(draft.id!))
        XCTAssertEqual(refused.status, .seeOther, "a visitor is sent to sign in")
        XCTAssertEqual(refused.headers.first(name: .location)?.hasPrefix(SiteURL.signIn.path), true)
        let councillor = try await signIn("councillor@wrenmoor.example")
        let forbidden = try await get(reportPath(draft.id!), as: councillor)
        XCTAssertEqual(forbidden.status, .forbidden)
        let answer1 = try await get(tablePath(draft.id!, 1))
        XCTAssertEqual(answer1.status, .seeOther)

        let feed = try await get(SiteURL.reportFeed(council: "wrenmoor").path)
        XCTAssertEqual(feed.headers.contentType?.subType, "atom+xml")
        let titles = try AtomTitles.read(Data(feed.body.readableBytesView))
        XCTAssertEqual(titles, ["Wrenmoor District Council: reports",
                                "Customer Services Strategy: progress report, 2026/27 H1",
                                "Quarterly performance report, 2026/27 Q2"])
    }

    func testTheDemoDraftShowsTheAnnualPerformancePlanTable() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let draft = try await record(Report.self, where: \.$title, is: "Annual performance plan 2026/27")
        let rows = try csvLines(try await get(tablePath(draft.id!, 1), as: officer).body.string)
        XCTAssertEqual(rows.first, ["Indicator", "2025/26 actual", "2026/27 target", "2027/28 target", "2028/29 target",
                                    "2029/30 target", "Quartile 2025/26"])
        let national = try await Indicator.query(on: app.db).filter(\.$councilID == wrenmoorID())
            .filter(\.$scope == .national).filter(\.$closedOn == nil).count()
        XCTAssertGreaterThan(national, 0)
        XCTAssertEqual(rows.count - 1, national, "every national indicator")
        let list = try await get(Self.reports.path, as: officer)
        XCTAssertTrue(list.body.string.contains("Annual performance plan 2026/27"), "officers see drafts")
    }

    func testOnlyAPerformanceOfficerMakesOrChangesReports() async throws {
        let head = try await signIn("head.customer@wrenmoor.example")
        let refused = try await post(SiteURL.reportNew(council: "wrenmoor").path,
                                     ["template": "quarterly_performance"], as: head)
        XCTAssertEqual(refused.status, .forbidden)
        let issued = try await record(Report.self, where: \.$title, is: "Quarterly performance report, 2026/27 Q2")
        let correct = try await post(SiteURL.reportCorrect(council: "wrenmoor", .id(issued.id!)).path,
                                     ["correction_reason": "A typing error"], as: head)
        XCTAssertEqual(correct.status, .forbidden)
        let other = try await signIn("admin@castlebeck.example")
        let elsewhere = try await post(SiteURL.reportNew(council: "wrenmoor").path,
                                       ["template": "quarterly_performance"], as: other)
        XCTAssertEqual(elsewhere.status, .forbidden)
    }

    func testBadInputIsRefusedWithAMessage() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let new = SiteURL.reportNew(council: "wrenmoor").path
        let noTemplate = try await post(new, [:], as: officer)
        XCTAssertEqual(noTemplate.status, .unprocessableEntity)
        XCTAssertTrue(noTemplate.body.string.contains("Choose"))
        let badPeriod = try await post(new, ["template": "quarterly_performance", "from": "2026-27-q9"], as: officer)
        XCTAssertEqual(badPeriod.status, .unprocessableEntity)
        XCTAssertTrue(badPeriod.body.string.contains("Enter the first period as a key like 2026-27-q2"))
        let backwards = try await post(new, ["template": "custom", "scope_kind": "council",
                                             "from": "2026-27-q3", "to": "2026-27-q1"], as: officer)
        XCTAssertTrue(backwards.body.string.contains("Enter a last period of the same kind as the first"))
        let noStrategy = try await post(new, ["template": "strategy_progress"], as: officer)
        XCTAssertEqual(noStrategy.status, .unprocessableEntity)
        let strangers = try await post(new, ["template": "strategy_progress", "scope_id": UUID().uuidString],
                                       as: officer)
        XCTAssertEqual(strangers.status, .unprocessableEntity)
        XCTAssertTrue(strangers.body.string.contains("Choose a strategy of this council"))

        let issued = try await record(Report.self, where: \.$title, is: "Quarterly performance report, 2026/27 Q2")
        let edit = try await post(SiteURL.reportEdit(council: "wrenmoor", .id(issued.id!)).path,
                                  ["title": "Changed", "version": String(issued.version)], as: officer)
        XCTAssertEqual(edit.status, .conflict, "an issued report never changes")
        let noReason = try await post(SiteURL.reportCorrect(council: "wrenmoor", .id(issued.id!)).path, [:],
                                      as: officer)
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        let answer2 = try await get(tablePath(issued.id!, 99))
        XCTAssertEqual(answer2.status, .notFound)
        let answer3 = try await get(tablePath(issued.id!, 0))
        XCTAssertEqual(answer3.status, .notFound)
        let answer4 = try await get(reportPath(UUID()))
        XCTAssertEqual(answer4.status, .notFound)
        let id = try await makeDraft(.annualComplaints, as: officer)
        var form = try await editForm(id, narratives: [:])
        form["include_complaints"] = nil
        let empty = try await post(SiteURL.reportEdit(council: "wrenmoor", .id(id)).path, form, as: officer)
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.body.string.contains("Choose at least one section"))
        let stale = try await issue(id, ["version": "99"], as: officer)
        XCTAssertEqual(stale.status, .conflict)
        let noItem = try await issue(id, ["issued_to": "meeting"], as: officer)
        XCTAssertEqual(noItem.status, .unprocessableEntity)
    }

    /// A correction is a new edition that says why; issuing it supersedes the first; both stay readable.
    func testACorrectionSupersedesTheIssuedEditionAndBothStayReadable() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let first = try await record(Report.self, where: \.$title, is: "Quarterly performance report, 2026/27 Q2")
        let before = try await get(reportPath(first.id!)).body.string
        let started = try await post(SiteURL.reportCorrect(council: "wrenmoor", .id(first.id!)).path,
                                     ["correction_reason": "Table 1 gave the wrong period for NI 181."], as: officer)
        XCTAssertEqual(started.status, .seeOther)
        let second = try await XCTUnwrapAsync(await Report.query(on: app.db)
            .filter(\.$supersedesID == first.id!).first())
        XCTAssertEqual(second.edition, 2)
        let again = try await post(SiteURL.reportCorrect(council: "wrenmoor", .id(first.id!)).path,
                                   ["correction_reason": "Twice"], as: officer)
        XCTAssertEqual(again.status, .conflict, "one correction at a time")
        let answer5 = try await issue(second.id!, as: officer)
        XCTAssertEqual(answer5.status, .seeOther)

        let old = try await get(reportPath(first.id!)).body.string
        XCTAssertTrue(old.contains("This edition has been superseded by a correction."))
        XCTAssertTrue(old.contains(reportPath(second.id!)), "the old edition links the new")
        let new = try await get(reportPath(second.id!)).body.string
        XCTAssertTrue(new.contains("Edition 2, correcting edition 1: Table 1 gave the wrong period for NI 181."))
        XCTAssertNotEqual(before, old)
        let list = try await get(Self.reports.path).body.string
        XCTAssertTrue(list.contains("1 (superseded)"))
    }

    func testAReportOnAPartnershipPutsItsCouncilsSharedIndicatorsSideBySide() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let partnership = try await XCTUnwrapAsync(await Partnership.query(on: app.db).first())
        let id = try await makeDraft(.custom, extra: ["scope_kind": "partnership",
            "scope_id": partnership.id!.uuidString,
                                                      "from": "2025-26"], as: officer)
        let rows = try csvLines(try await get(tablePath(id, 1), as: officer).body.string)
        XCTAssertEqual(rows.first, ["Indicator", "Castlebeck Borough Council: value",
            "Castlebeck Borough Council: status",
                                    "Wrenmoor District Council: value", "Wrenmoor District Council: status"])
        XCTAssertGreaterThan(rows.count, 1)
        let page = try await get(reportPath(id), as: officer).body.string
        XCTAssertTrue(page.contains("\(partnership.name): report, 2025/26"))
        let strangers = try await post(SiteURL.reportNew(council: "wrenmoor").path,
                                       ["template": "custom", "scope_kind": "partnership",
                                           "scope_id": UUID().uuidString],
                                       as: officer)
        XCTAssertTrue(strangers.body.string.contains("Choose a partnership of this council"))
    }

    /// A run of three years shows every month from the first April to the month of the draft.
    func testTheServiceCentreSectionHasEveryMonthOfARunOfYears() async throws {
        let officer = try await signIn("performance@wrenmoor.example")
        let id = try await makeDraft(.custom, extra: ["scope_kind": "council", "from": "2024-25", "to": "2026-27"],
                                     as: officer)
        var form = try await editForm(id, narratives: [:])
        form = form.filter { !$0.key.hasPrefix("include_") }
        form["include_service_centre"] = "yes"
        let saved = try await post(SiteURL.reportEdit(council: "wrenmoor", .id(id)).path, form, as: officer)
        XCTAssertEqual(saved.status, .seeOther)
        let months = try csvLines(try await get(tablePath(id, 1), as: officer).body.string).dropFirst().map { $0[0] }
        XCTAssertEqual(months.count, 32, "April 2024 to November 2026")
        XCTAssertEqual(months.first, "April 2024")
        XCTAssertEqual(months.last, "November 2026")
    }

    private func nextCabinetItem() async throws -> UUID {
        let meeting = try await XCTUnwrapAsync(await Meeting.query(on: app.db).filter(\.$status == .scheduled)
            .sort(\.$startsAt).first())
        return try await XCTUnwrapAsync(await AgendaItem.query(on: app.db).filter(\.$meetingID == meeting.id!)
            .first()).requireID()
    }

    func wrenmoorID() async throws -> UUID {
        try await record(Council.self, where: \.$slug, is: "wrenmoor").requireID()
    }
}
