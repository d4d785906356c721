import BeaconDomain
import Fluent
import Vapor

extension PlanExports {
    static func list(_ request: Request, format: ExportFormat) async throws -> Response {
        let rows = try await PlanListPage.rows(request)
        let table = ExportTable(columns: listColumns, rows: rows.map { row in
            [row.unitName, row.plan.yearLabel, row.plan.horizon, row.workingCopy ? row.plan.status.rawValue : (row.plan.status == .superseded ? "superseded" : "published"),
             row.plan.publishedRevision.map(String.init), SiteURL.plan(council: row.slug, .id(row.plan.id!)).path]
        })
        return try table.response(format, filename: "plans")
    }

    static func actions(_ request: Request, format: ExportFormat) async throws -> Response {
        let reading = try await request.planReading()
        let document = try await request.planDocument(reading)
        let table = ExportTable(columns: actionColumns, rows: document.actions.map { action in
            [action.reference, action.scope.rawValue, action.activity, action.target, action.due?.iso, action.resources, action.owner,
             action.status.rawValue, String(action.percent), action.overdue ? "yes" : "no", action.priorityTitle,
             action.indicatorCodes.joined(separator: "; "), action.smart.letters.replacingOccurrences(of: " ", with: ""),
             action.smart.failed.map { "\($0.letter.title): \($0.reason)" }.joined(separator: " ")]
        })
        return try table.response(format, filename: "plan-actions")
    }
}
