import BeaconDomain
import Fluent
import Vapor

extension ReportFeed {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let reports = try await Report.query(on: request.db).filter(\.$councilID == view.councilID)
            .filter(\.$stage != .draft).sort(\.$issuedAt, .descending).sort(\.$title).limit(100).all()
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
        let body = feed(view: view, reports: reports, base: DecisionFeed.baseURL(request))
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
