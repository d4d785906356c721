import BeaconDomain
import Fluent
import Plot
import Vapor

extension ComplaintReportPage {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readRequests)
        let key = request.query[String.self, at: "year"]
        guard let year = key.map({ ReportingPeriod(key: $0) }) ?? ReportingPeriod(containing: view.today, kind: .year), year.kind == .year else {
            throw Abort(.badRequest, reason: "Choose a financial year like 2026-27.")
        }
        let figures = try await ComplaintFigures.load(council: view.council, from: year.start, to: year.end,
                                                      on: request.db)
        let page = ComplaintReportPage(view: view, year: year, figures: figures)
        return Layout.response(page.render(in: request.layoutContext))
    }
}
