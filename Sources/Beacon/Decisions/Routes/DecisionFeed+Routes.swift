import BeaconDomain
import Fluent
import Vapor

extension DecisionFeed {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let rows = try await DecisionRegisterPage.load(view, mayRun: false, on: request.db)
        let base = baseURL(request)
        let body = feed(view: view, rows: Array(rows.sorted { updated($0.notice) > updated($1.notice) }.prefix(100)), base: base)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    static func baseURL(_ request: Request) -> String {
        if let configured = Environment.get("BEACON_PUBLIC_URL"), !configured.isEmpty { return String(configured.trimmingSuffix("/")) }
        return "http://" + (request.headers.first(name: .host) ?? "localhost")
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : Substring(self)
    }
}
