import BeaconDomain
import Fluent
import Plot
import Vapor

extension IndicatorShowPage {
    static func handle(_ request: Request, format: ExportFormat) async throws -> Response {
        let view = try await request.councilView()
        let indicator = try await request.indicator(in: view)
        guard let history = try await view.results.histories([indicator], on: request.db)[indicator.id!] else { throw Abort(.notFound) }
        if format != .html { return try IndicatorExports.history(history).response(format, filename: "\(view.slug)-\(indicator.code)") }
        let unit = try await Unit.find(indicator.owningUnitID, on: request.db)?.name ?? "—"
        let officer = try await indicator.reportingOfficerID.asyncMap { try await Person.find($0, on: request.db)?.choiceLabel }
        let priority = try await indicator.priorityID.asyncMap { try await StrategicPriority.find($0, on: request.db)?.title }
        let page = IndicatorShowPage(view: view, history: history, names: (unit, officer ?? nil, priority ?? nil),
                                     benchmark: try await BenchmarkRow.load(for: indicator, latest: history.rows.last { $0.actual?.isVerified == true && $0.actual?.value != nil }, on: request.db),
                                     revisions: try await IndicatorRevision.query(on: request.db).filter(\.$indicatorID == indicator.id!).sort(\.$revision).all())
        return Layout.response(page.render(in: request.layoutContext))
    }
}
