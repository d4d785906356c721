import BeaconDomain
import Fluent
import Vapor

extension ReportAssembly {
    /// The service centre month by month: calls (from phone contacts), first contact resolution
    /// (every channel), and service requests raised and closed within their standard. Aggregates
    /// only: nothing about a caller or a request's reporter.
    func serviceCentreParts() async throws -> SectionParts {
        let months = try await ServiceCentreMonth.load(council: report.councilID, from: span.start,
                                                       through: min(span.end, today), on: db)
        let rows = months.map { figures -> [String] in
            [figures.month.label, ContactMeasure.offered.formatted(figures.calls),
             ContactMeasure.answered.formatted(figures.calls), ContactMeasure.serviceLevel.formatted(figures.calls),
             ContactMeasure.abandonmentRate.formatted(figures.calls),
             ContactMeasure.firstContactResolution.formatted(figures.contacts),
             String(figures.closed), String(figures.closedWithinStandard)]
        }
        var parts = SectionParts()
        let allCalls = months.map(\.calls).reduce(ContactTally(), +)
        parts.summary = ["\(ContactMeasure.offered.title): \(ContactMeasure.offered.formatted(allCalls))",
                         "\(ContactMeasure.serviceLevel.title): \(ContactMeasure.serviceLevel.formatted(allCalls))",
                         "Requests closed within their standard: \(months.map(\.closedWithinStandard).reduce(0, +))"
                             + " of \(months.map(\.closed).reduce(0, +))"]
        parts.tables = [ReportTable(
            caption: "The service centre by month",
            columns: ["Month", "Calls offered", "Answered", "Service level", "Abandonment rate",
                      "First contact resolution", "Requests closed", "Closed within standard"],
            rows: rows)]
        return parts
    }

    /// Complaints received in the span: stages, time limits and outcomes, in all and by unit.
    func complaintParts() async throws -> SectionParts {
        let figures = try await ComplaintFigures.load(council: council, from: span.start, to: span.end, on: db)
        var parts = SectionParts()
        parts.summary = ["Complaints received: \(figures.total.received)",
                         "Escalated to stage 2: \(figures.total.escalated)"]
        parts.chartTitle = "Complaints by outcome"
        parts.chart = ComplaintOutcome.allCases.map { ReportBar(label: $0.title,
            value: figures.total.outcomes[$0] ?? 0) }
        parts.tables = [
            ReportTable(caption: "Complaints in figures", columns: ["Measure", "Value"],
                        rows: ComplaintFigures.lines(figures.total).map { [$0.label, $0.value] }),
            ReportTable(caption: "Complaints by unit",
                        columns: ["Unit", "Received", "Acknowledged in time", "Stage 1 in time", "Escalated"],
                        rows: figures.byUnit.map { unit, m in
                            [unit, String(m.received), "\(m.acknowledgedInTime) of \(m.acknowledged)",
                             "\(m.stage1InTime) of \(m.stage1Responses)", String(m.escalated)]
                        }),
            ReportTable(caption: "What was learned", columns: ["Complaint", "Learning"],
                        rows: figures.learning.map { [$0.reference, $0.lesson] }),
        ]
        return parts
    }

    /// Decision notices decided within the span (UK days), oldest first.
    func decisionParts(exceptionsOnly: Bool) async throws -> SectionParts {
        let from = UKTime.instant(span.start, hour: 0, minute: 0)
        let to = UKTime.instant(span.end.adding(days: 1), hour: 0, minute: 0)
        var query = DecisionNotice.query(on: db).filter(\.$councilID == report.councilID)
            .filter(\.$decidedAt >= from).filter(\.$decidedAt < to)
        if exceptionsOnly { query = query.filter(\.$isKey == true) }
        let notices = try await query.sort(\.$decidedAt).sort(\.$reference).all()
        let makers = try await names(of: Councillor.self, ids: notices.map(\.makerID), on: db)
        var parts = SectionParts()
        parts.summary = [SectionParts.count(notices.count, "decision") + " taken, "
                         + "\(notices.filter(\.isKey).count) of them key"]
        parts.tables = [ReportTable(
            caption: "Decisions taken",
            columns: ["Reference", "Decision", "Decision maker", "Decided on", "Key decision", "Outcome"],
            rows: notices.map { notice in
                [notice.reference, notice.topic, makers[notice.makerID] ?? "—",
                 notice.decidedAt.map { UKTime.day(of: $0).long } ?? "—", notice.isKey ? "Yes" : "No",
                 notice.outcome?.title ?? "—"]
            })]
        return parts
    }
}
