import BeaconDomain
import Fluent
import Plot
import Vapor

extension DecisionManagePage {
    static func handle(_ request: Request) async throws -> Response {
        let (reading, _) = try await request.noticeForRunning()
        let page = DecisionManagePage(reading: reading, input: nil, problems: [], now: request.now)
        return Layout.response(page.render(in: request.layoutContext))
    }

    /// Runs a step; a form with problems is shown again with them, as 422.
    static func step(_ request: Request) async throws -> Response {
        let (reading, signedIn) = try await request.noticeForRunning()
        guard let step = NoticeStep(rawValue: request.parameters.get("step") ?? "") else {
            throw Abort(.notFound, reason: "There is no such step for a decision notice.")
        }
        let input = try request.content.decode(NoticeStepInput.self)
        do {
            try await DecisionWrite.step(reading.notice, step, input, council: reading.view.council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            let page = DecisionManagePage(reading: reading, input: input, problems: failed.problems, now: request.now)
            return Layout.response(page.render(in: request.layoutContext), status: .unprocessableEntity)
        }
        request.flash("\(reading.notice.reference) is now \(reading.notice.status(at: request.now).title.lowercased()).")
        return request.redirect(to: SiteURL.decisionManage(council: reading.slug, reading.ref).path)
    }
}
