import BeaconDomain
import Fluent
import Plot
import Vapor

extension MeetingShowPage {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let meeting = try await request.meeting(in: view)
        let page = MeetingShowPage(record: try await MeetingRecord.load(meeting, on: request.db), slug: view.slug,
                                   mayRun: view.may(.runDecisions(council: view.councilID)))
        return Layout.response(page.render(in: request.layoutContext))
    }
}
