import BeaconDomain
import Fluent
import Vapor

extension PartnershipScorecardPage {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let asked = request.query[String.self, at: "period"]
        let fallback = ReportingPeriod(containing: view.today, kind: .quarter).previous
        guard let period = asked.map({ ReportingPeriod(key: $0) }) ?? fallback else {
            throw Abort(.badRequest, reason: "Choose a period like 2026-27-q2.")
        }
        let scorecard = try await PartnershipScorecard.load(view, id: request.parameters.get("id", as: UUID.self),
                                                            period: period, on: request.db)
        let page = PartnershipScorecardPage(view: view, scorecard: scorecard,
                                            periodChoices: ScorecardPage.periodChoices(today: view.today))
        return Layout.response(page.render(in: request.layoutContext))
    }
}
