import BeaconDomain
import Fluent
import Vapor

extension ReportAssembly {
    /// The scorecard of the scope's indicators: each one's latest period ending by the span's
    /// end, verified values only, with status, direction of travel and commentary.
    func indicatorParts(exceptionsOnly: Bool) async throws -> SectionParts {
        if let partnership = scope.partnershipID { return try await partnershipParts(partnership) }
        let results = IndicatorResults(council: council, verifiedOnly: true, today: today)
        let histories = try await results.recent(scope.indicators, endingBy: span.end, points: 2, on: db)
        let rows = scope.indicators.map { indicator in
            (indicator, histories[indicator.id!]?.latest(endingBy: span.end))
        }
        var parts = SectionParts()
        let counts = RAGStatus.allCases.map { status in (status, rows.filter { $0.1?.status == status }.count) }
        parts.summary = counts.filter { $0.1 > 0 }.map { "\($0.0.title): \(SectionParts.count($0.1, "indicator"))" }
        parts.chartTitle = "Indicators by status"
        // The chart's labels are short ("Green"); the summary and table say what each status means.
        parts.chart = counts.map { status, count in
            ReportBar(label: String(status.title.prefix { $0 != "–" }).trimmingCharacters(in: .whitespaces),
                value: count)
        }
        let shown = exceptionsOnly ? rows.filter { ReportException.keepsIndicator($0.1?.status) } : rows
        parts.tables = [ReportTable(
            caption: "Indicators at \(span.end.long)",
            columns: ["Indicator", "Period", "Value", "Target", "Status", "Since the previous period",
                      "Since a year earlier", "Commentary"],
            rows: shown.map { indicator, result in
                ["\(indicator.code) \(indicator.title)", result?.period.label ?? "—",
                 IndicatorMarkup.actualText(result, indicator), IndicatorMarkup.targetText(result?.target, indicator),
                 result?.status.title ?? "No result yet",
                 (result?.sincePrevious ?? .notComparable).title, (result?.sinceYearEarlier ?? .notComparable).title,
                 result?.actual?.commentary ?? ""]
            })]
        return parts
    }

    /// The annual performance plan's table: every national indicator with last year's actual,
    /// this year's target and the next three years' targets, and last year's quartile among the
    /// councils that report it (where Beacon holds their values).
    func performancePlanParts() async throws -> SectionParts {
        let year = span.from.startYear
        let national = scope.indicators.filter { $0.scope == .national }
        let histories = try await IndicatorResults(council: council, verifiedOnly: true, today: today)
            .histories(national, on: db)
        let targets = try await IndicatorTarget.query(on: db).filter(\.$indicatorID ~~ national.compactMap(\.id)).all()
        var rows: [[String]] = []
        for indicator in national {
            let lastYear = PlanDocument.lastPeriod(of: year - 1, indicator)
            let result = histories[indicator.id!]?.result(for: lastYear)
            let targetCells = (0...3).map { offset in
                let period = PlanDocument.lastPeriod(of: year + offset, indicator)
                let target = targets.first { $0.indicatorID == indicator.id && $0.period == period }
                return IndicatorMarkup.targetText(target, indicator)
            }
            let quartile = try await BenchmarkRow.load(for: indicator, latest: result, on: db)?.rows
                .first { $0.councilID == council.id }?.position?.quartile
            rows.append(["\(indicator.code) \(indicator.title)", IndicatorMarkup.actualText(result, indicator)]
                + targetCells + [quartile.map { "Quartile \($0)" } ?? "Not known"])
        }
        let labels = (0...3).map { ReportingPeriod.year(year + $0).yearLabel + " target" }
        var parts = SectionParts()
        parts.summary = [SectionParts.count(national.count, "national indicator")]
        parts.tables = [ReportTable(
            caption: "National indicators: results and targets",
            columns: ["Indicator", ReportingPeriod.year(year - 1).yearLabel + " actual"] + labels
                + ["Quartile " + ReportingPeriod.year(year - 1).yearLabel],
            rows: rows)]
        return parts
    }

    /// A partnership's indicators: each code more than one partner reports, every partner's
    /// latest verified result and status side by side, as the partnership's scorecard has them.
    private func partnershipParts(_ id: UUID) async throws -> SectionParts {
        let view = CouncilView(council: council, signedIn: nil, mayReadUnverified: false, today: today)
        let scorecard = try await PartnershipScorecard.load(view, id: id, period: span.to, on: db)
        var parts = SectionParts()
        parts.summary = [SectionParts.count(scorecard.rows.count, "indicator") + " shared by "
            + scorecard.councils.map(\.name).joined(separator: " and ")]
        parts.tables = [ReportTable(
            caption: "Shared indicators at \(span.end.long)",
            columns: ["Indicator"] + scorecard.councils.flatMap { ["\($0.name): value", "\($0.name): status"] },
            rows: scorecard.rows.map { row in
                ["\(row.code) \(row.title)"] + row.results.flatMap { cell -> [String] in
                    guard let cell else { return ["Not reported", "—"] }
                    return [IndicatorMarkup.actualText(cell.result, cell.indicator),
                        cell.result?.status.title ?? "No result yet"]
                }
            })]
        return parts
    }
}
