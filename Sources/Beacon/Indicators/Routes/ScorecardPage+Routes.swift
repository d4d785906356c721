import BeaconDomain
import Fluent
import Plot
import Vapor

extension ScorecardPage {
    static func handle(_ request: Request, format: ExportFormat) async throws -> Response {
        let view = try await request.councilView()
        let filters = IndicatorFilters(request)
        let defaultPeriod = ReportingPeriod(containing: view.today, kind: .quarter).previous
        let chosen = (try? request.query.get(String.self, at: "period")).map { text -> ReportingPeriod? in ReportingPeriod(key: text) ?? ReportingPeriod(label: text) }
        guard let period = chosen ?? defaultPeriod else { throw Abort(.badRequest, reason: "Choose a period like 2024/25 Q2.") }
        let indicators = try await filters.indicators(council: view.councilID, on: request.db)
        let histories = try await view.results.recent(indicators, endingBy: period.end, points: IndicatorChart.sparklinePoints,
                                                      on: request.db)
        let rows = indicators.compactMap { histories[$0.id!] }.map { ($0, $0.latest(endingBy: period.end)) }
        if format != .html {
            return try await IndicatorExports.latest(rows.map { ($0.0.indicator, $0.1) }, view: view, on: request.db)
                .response(format, filename: "\(view.slug)-scorecard-\(period.key)")
        }
        let page = ScorecardPage(view: view, period: period, rows: rows, filters: filters,
                                 units: try await Unit.query(on: request.db).filter(\.$councilID == view.councilID).sort(\.$name).all(),
                                 priorities: try await StrategicPriority.query(on: request.db).filter(\.$councilID == view.councilID).sort(\.$title).all())
        return Layout.response(page.render(in: request.layoutContext))
    }
}
