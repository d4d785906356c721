import BeaconDomain
import Foundation
import Testing

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
private func period(_ key: String) -> ReportingPeriod { ReportingPeriod(key: key)! }

@Suite("Report templates' periods")
struct ReportTemplateSpanTests {
    @Test("each template's span on a day, worked out by hand from the financial calendar",
          arguments: [
              (ReportTemplate.quarterlyPerformance, "2026-11-25", "2026/27 Q2", "2026-07-01", "2026-09-30"),
              (.quarterlyPerformance, "2026-04-01", "2025/26 Q4", "2026-01-01", "2026-03-31"),
              (.quarterlyPerformance, "2026-03-31", "2025/26 Q3", "2025-10-01", "2025-12-31"),
              (.strategyProgress, "2026-11-25", "2026/27 H1", "2026-04-01", "2026-09-30"),
              (.strategyProgress, "2026-10-01", "2026/27 H1", "2026-04-01", "2026-09-30"),
              (.strategyProgress, "2026-09-30", "2025/26 H2", "2025-10-01", "2026-03-31"),
              (.annualPerformancePlan, "2026-04-01", "2026/27", "2026-04-01", "2027-03-31"),
              (.annualPerformancePlan, "2026-03-31", "2025/26", "2025-04-01", "2026-03-31"),
              (.annualComplaints, "2026-11-25", "2025/26", "2025-04-01", "2026-03-31"),
          ])
    func spans(template: ReportTemplate, today: String, label: String, start: String, end: String) {
        let span = template.span(on: day(today))
        #expect(span.label == label)
        #expect(span.start == day(start))
        #expect(span.end == day(end))
    }

    @Test("a run of periods covers the first's start to the last's end")
    func run() throws {
        let span = try #require(ReportSpan(from: period("2026-27-q1"), to: period("2026-27-q3")))
        #expect(span.label == "2026/27 Q1 to 2026/27 Q3")
        #expect(span.start == day("2026-04-01"))
        #expect(span.end == day("2026-12-31"))
        #expect(ReportSpan(from: period("2026-27-q2"), to: period("2026-27-q2"))?.label == "2026/27 Q2")
    }

    @Test("a run that ends before it starts, or mixes kinds of period, is refused")
    func refusedRuns() {
        #expect(ReportSpan(from: period("2026-27-q3"), to: period("2026-27-q2")) == nil)
        #expect(ReportSpan(from: period("2026-27-q1"), to: period("2026-27-h2")) == nil)
    }

    @Test("titles name the period and, for a strategy or one's own report, the scope")
    func titles() {
        let span = ReportSpan(period("2026-27-h1"))
        #expect(ReportTemplate.strategyProgress.reportTitle(scopeName: "Customer Services Strategy", span: span)
            == "Customer Services Strategy: progress report, 2026/27 H1")
        #expect(ReportTemplate.quarterlyPerformance.reportTitle(scopeName: "Wrenmoor",
            span: ReportSpan(period("2026-27-q2")))
            == "Quarterly performance report, 2026/27 Q2")
        #expect(ReportTemplate.annualPerformancePlan.sections == [.performancePlan])
        #expect(ReportTemplate.strategyProgress.scope == .strategy)
    }
}

@Suite("Exception views")
struct ReportExceptionTests {
    @Test("red, amber and overdue indicators are exceptions; green and no status are not",
          arguments: [(RAGStatus.red, true), (.amber, true), (.overdue, true), (.green, false), (.noStatus, false)])
    func indicators(status: RAGStatus, kept: Bool) {
        #expect(ReportException.keepsIndicator(status) == kept)
    }

    @Test("an indicator with no period yet is not an exception")
    func noResult() { #expect(!ReportException.keepsIndicator(nil)) }

    @Test("open actions at risk, off track or overdue are exceptions; closed ones never",
          arguments: [(ActionStatus.onTrack, false, false), (.onTrack, true, true), (.atRisk, false, true),
                      (.offTrack, false, true), (.notStarted, false, false), (.notStarted, true, true),
                      (.completed, true, false), (.cancelled, true, false)])
    func actions(status: ActionStatus, overdue: Bool, kept: Bool) {
        #expect(ReportException.keepsAction(status, overdue: overdue) == kept)
    }

    @Test("only high risks are exceptions", arguments: [(RiskBand.high, true), (.medium, false), (.low, false)])
    func risks(band: RiskBand, kept: Bool) { #expect(ReportException.keepsRisk(band) == kept) }

    @Test("a budget line more than 5% from its comparison is an exception; exactly 5% is not",
          arguments: [(10_500, 10_000, false), (10_501, 10_000, true), (9_500, 10_000, false), (9_499, 10_000, true),
                      (0, 0, false), (1, 0, true), (-10_600, -10_000, true), (-10_400, -10_000, false)])
    func budget(pence: Int, base: Int, kept: Bool) {
        #expect(ReportException.keepsBudgetLine(pence: pence, comparedWith: base) == kept)
    }

    @Test("a section without an exception view never keeps the exceptions-only choice")
    func sectionsWithout() {
        #expect(!ReportSectionChoice(kind: .complaints, exceptionsOnly: true).exceptionsOnly)
        #expect(ReportSectionChoice(kind: .indicators, exceptionsOnly: true).exceptionsOnly)
    }
}

@Suite("Report stages")
struct ReportStageTests {
    @Test("only a draft is edited or issued; only an issued edition is corrected; drafts are not public")
    func stages() {
        #expect(ReportStage.draft.mayEdit && ReportStage.draft.mayIssue && !ReportStage.draft.mayCorrect)
        #expect(!ReportStage.issued.mayEdit && !ReportStage.issued.mayIssue && ReportStage.issued.mayCorrect)
        let superseded = ReportStage.superseded
        #expect(!superseded.mayEdit && !superseded.mayIssue && !superseded.mayCorrect)
        #expect(!ReportStage.draft.isPublic && ReportStage.issued.isPublic && ReportStage.superseded.isPublic)
    }

    @Test("frozen content is the same bytes however often it is frozen and thawed")
    func frozen() throws {
        let content = ReportContent(
            title: "Q2", councilName: "Wrenmoor", scopeName: "Wrenmoor", spanLabel: "2026/27 Q2",
            spanStart: day("2026-07-01"), spanEnd: day("2026-09-30"), introduction: "Intro",
            sections: [ReportSectionContent(kind: .indicators, heading: "Indicators", narrative: "Text",
                                            exceptionView: nil, summary: ["Green: 1 indicator"],
                                            chartTitle: "By status",
                                            chart: [ReportBar(label: "Green", value: 1)],
                                            tables: [ReportTable(caption: "T", columns: ["A"], rows: [["1"]])])])
        let once = try content.frozen()
        #expect(try ReportContent.thawed(once) == content)
        #expect(try ReportContent.thawed(once).frozen() == once)
        #expect(once.contains(#""spanStart":"2026-07-01""#))
    }
}

@Suite("Reports asked for by resolutions")
struct FollowUpDraftTests {
    @Test("the draft is made from 28 days before the due day on, not the day before that",
          arguments: [("2027-05-10", "2027-04-12", true), ("2027-05-10", "2027-04-11", false),
                      ("2027-05-10", "2027-05-10", true), ("2027-05-10", "2027-06-01", true),
                      ("2027-03-01", "2027-02-01", true), ("2027-03-01", "2027-01-31", false)])
    func timing(due: String, today: String, draft: Bool) {
        #expect(FollowUpDraft.isTimeToDraft(dueOn: day(due), today: day(today)) == draft)
    }

    @Test("overdue is after the due day, not on it")
    func overdue() {
        #expect(!FollowUpDraft.isOverdue(dueOn: day("2027-05-10"), today: day("2027-05-10")))
        #expect(FollowUpDraft.isOverdue(dueOn: day("2027-05-10"), today: day("2027-05-11")))
    }

    @Test("six-monthly: the last half year ended; quarterly and one-off: the last quarter; yearly: the last year",
          arguments: [(6, "2027-04-12", "2026/27 H2"), (3, "2027-04-12", "2026/27 Q4"), (nil, "2027-04-12",
              "2026/27 Q4"),
                      (12, "2027-04-12", "2026/27"), (6, "2026-10-01", "2026/27 H1"), (6, "2026-09-30", "2025/26 H2")])
    func spans(every: Int?, today: String, label: String) {
        #expect(FollowUpDraft.span(everyMonths: every, today: day(today)).label == label)
    }
}
