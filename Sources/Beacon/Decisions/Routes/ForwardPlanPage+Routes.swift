import BeaconDomain
import Fluent
import Plot
import Vapor

extension ForwardPlanPage {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let entries = try await noticeEntries(view, on: request.db) + itemEntries(view, on: request.db)
        return Layout.response(ForwardPlanPage(view: view, entries: entries).render(in: request.layoutContext))
    }
}
