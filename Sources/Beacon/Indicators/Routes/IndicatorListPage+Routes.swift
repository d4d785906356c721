import BeaconDomain
import Fluent
import Plot
import Vapor

extension IndicatorListPage {
    static func handle(_ request: Request, format: ExportFormat) async throws -> Response {
        let view = try await request.councilView()
        let filters = IndicatorFilters(request)
        let indicators = try await filters.indicators(council: view.councilID, on: request.db)
        let histories = try await view.results.recent(indicators, endingBy: view.today, points: 0, on: request.db)
        var rows = indicators.map { ($0, histories[$0.id!]?.latest(endingBy: view.today)) }
        if let status = filters.status { rows = rows.filter { $0.1?.status == status } }
        if format != .html { return try await IndicatorExports.latest(rows, view: view, on: request.db).response(format, filename: "\(view.slug)-indicators") }
        let page = IndicatorListPage(view: view, rows: rows, filters: filters,
                                     units: try await Unit.query(on: request.db).filter(\.$councilID == view.councilID).sort(\.$name).all(),
                                     priorities: try await StrategicPriority.query(on: request.db).filter(\.$councilID == view.councilID).sort(\.$title).all())
        return Layout.response(page.render(in: request.layoutContext))
    }
}

extension IndicatorFilters {
    /// Reads the filters from the query string; a value that is not a choice shows everything.
    init(_ request: Request) {
        unit = (try? request.query.get(String.self, at: "unit")).flatMap(UUID.init(uuidString:))
        priority = (try? request.query.get(String.self, at: "priority")).flatMap(UUID.init(uuidString:))
        scope = (try? request.query.get(String.self, at: "scope")).flatMap(IndicatorScope.init(rawValue:))
        status = (try? request.query.get(String.self, at: "status")).flatMap(RAGStatus.init(rawValue:))
        plan = (try? request.query.get(String.self, at: "plan")).flatMap(UUID.init(uuidString:))
    }
}
