import BeaconDomain
import Fluent
import Plot
import Vapor

extension DecisionRegisterPage {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let filter = try request.query.decode(Filter.self)
        var problems = FormCheck()
        let from = problems.optionalDate("from", filter.from, label: "From")
        let to = problems.optionalDate("to", filter.to, label: "To")
        let status: NoticeStatus? = (filter.status ?? "").isEmpty ? nil : problems.choice("status", filter.status, label: "Status")
        if !problems.isValid { throw Abort(.badRequest, reason: problems.problems.map(\.message).joined(separator: "; ")) }
        let mayRun = view.may(.runDecisions(council: view.councilID))
        let rows = try await load(view, mayRun: mayRun, on: request.db).filter { row in
            let day = (row.notice.decidedAt ?? row.notice.publishedAt).map(UKTime.day(of:))
            return ((filter.maker ?? "").isEmpty || row.notice.makerID.uuidString == filter.maker)
                && (from == nil || (day.map { $0 >= from! } ?? false))
                && (to == nil || (day.map { $0 <= to! } ?? false))
                && (status == nil || row.status == status)
                && ((filter.key ?? "").isEmpty || row.notice.isKey == (filter.key == "yes"))
                && ((filter.topic ?? "").isEmpty || row.notice.topic.localizedCaseInsensitiveContains(filter.topic!))
        }
        let makers = try await NoticeChoices.portfolioHolders(view.councilID, on: request.db).map { FormField.Choice(value: $0.id.uuidString, label: $0.name) }
        let page = DecisionRegisterPage(view: view, filter: filter, rows: rows, makers: makers, mayRun: mayRun)
        return Layout.response(page.render(in: request.layoutContext))
    }
}
