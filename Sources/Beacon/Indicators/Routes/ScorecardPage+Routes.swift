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
                                 priorities: try await StrategicPriority.query(on: request.db)
                                     .filter(\.$councilID == view.councilID).sort(\.$title).all(),
                                 plans: try await planChoices(view, on: request.db),
                                 partnerships: try await partnershipChoices(view, on: request.db))
        return Layout.response(page.render(in: request.layoutContext))
    }

    /// Plans with indicators: every one for the council's staff, the published ones for others.
    private static func planChoices(_ view: CouncilView, on db: Database) async throws -> [FormField.Choice] {
        var query = BusinessPlan.query(on: db).filter(\.$councilID == view.councilID)
        if !view.mayReadUnverified { query = query.filter(\.$publishedRevision != nil) }
        let plans = try await query.sort(\.$year, .descending).all().filter { !$0.indicatorIDs.isEmpty }
        let units = try await names(of: Unit.self, ids: plans.map(\.unitID), on: db)
        return plans.map { .init(value: $0.id!.uuidString,
            label: "\(units[$0.unitID] ?? "—") business plan \($0.yearLabel)") }
    }

    private static func partnershipChoices(_ view: CouncilView, on db: Database) async throws -> [(id: UUID,
        name: String)] {
        let memberships = try await PartnershipCouncil.query(on: db).filter(\.$councilID == view.councilID).all()
        return try await Partnership.query(on: db).filter(\.$id ~~ memberships.map(\.$partnership.id))
            .filter(\.$closedOn == nil).sort(\.$name).all().map { (id: $0.id!, name: $0.name) }
    }
}
