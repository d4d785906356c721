import BeaconDomain
import Fluent
import Vapor

/// Assembles a report's content from live data: the scope's plans, indicators (verified values
/// only, as the report is published), the service centre, complaints and decisions in the span.
/// The same assembly, with the narratives, is what issuing freezes.
struct ReportAssembly {
    let report: Report
    let council: Council
    let span: ReportSpan
    let scope: ReportScope
    let today: CalendarDate
    /// The scope's plans as documents, ordered by unit name: read once, for the actions and the
    /// risks alike (and not at all for a report with neither).
    let planDocuments: [PlanDocument]
    let db: Database

    static func content(of report: Report, council: Council, today: CalendarDate,
                        on db: Database) async throws -> ReportContent {
        guard let span = report.span else {
            throw Abort(.internalServerError, reason: "The report's periods could not be read.")
        }
        let scope = try await ReportScope.resolve(kind: report.scopeKind, id: report.scopeID, council: council,
                                                  year: span.from.startYear, on: db)
        var documents: [PlanDocument] = []
        if report.sections.contains(where: { $0.kind == .actions || $0.kind == .risks }) {
            for plan in scope.plans {
                documents.append(try await PlanDocument.build(plan, council: council, today: today, on: db))
            }
        }
        let assembly = ReportAssembly(report: report, council: council, span: span, scope: scope, today: today,
                                      planDocuments: documents.sorted { $0.unitName < $1.unitName }, db: db)
        var sections: [ReportSectionContent] = []
        for choice in report.sections {
            sections.append(try await assembly.section(choice))
        }
        return ReportContent(title: report.title, councilName: council.name, scopeName: scope.name,
                             spanLabel: span.label, spanStart: span.start, spanEnd: span.end,
                             introduction: report.introduction, sections: sections)
    }

    private func section(_ choice: ReportSectionChoice) async throws -> ReportSectionContent {
        let parts: SectionParts
        switch choice.kind {
        case .indicators: parts = try await indicatorParts(exceptionsOnly: choice.exceptionsOnly)
        case .actions: parts = try await actionParts(exceptionsOnly: choice.exceptionsOnly)
        case .risks: parts = try await riskParts(exceptionsOnly: choice.exceptionsOnly)
        case .budget: parts = try await budgetParts(exceptionsOnly: choice.exceptionsOnly)
        case .serviceCentre: parts = try await serviceCentreParts()
        case .complaints: parts = try await complaintParts()
        case .decisions: parts = try await decisionParts(exceptionsOnly: choice.exceptionsOnly)
        case .performancePlan: parts = try await performancePlanParts()
        }
        return ReportSectionContent(kind: choice.kind, heading: choice.kind.title, narrative: choice.narrative,
                                    exceptionView: choice.exceptionsOnly ? choice.kind.exceptionTitle : nil,
                                    summary: parts.summary, chartTitle: parts.chartTitle, chart: parts.chart,
                                    tables: parts.tables)
    }
}

/// What one section's assembly makes, before the narrative is put with it.
struct SectionParts {
    var summary: [String] = []
    var chartTitle: String?
    var chart: [ReportBar] = []
    var tables: [ReportTable] = []

    /// "3 actions", "1 action".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
