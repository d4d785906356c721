import BeaconDomain
import Fluent
import Vapor

/// Where the council approves Open311 requests first: the client is given a token, and
/// `tokens/{token}` gives the request's id once staff have raised it.
extension Open311Routes {
    static func hold(_ form: Open311Submission, service: Service, council: Council, client: SignedIn,
                     for request: Request, _ format: Open311Format) async throws -> Response {
        let pending: Open311Pending
        do {
            pending = try await Open311Approval.hold(form, raw: request.body.string ?? "", service: service,
                                                     council: council, client: client, on: request.db)
        } catch let failed as ValidationFailed {
            throw Open311Problem(.badRequest, list: Open311Submission.descriptions(failed))
        }
        let receipt = Open311.Receipt(service_request_id: nil, token: pending.id?.uuidString,
                                      service_notice: "Waiting for the council to accept it.",
                                      account_id: form["account_id"])
        return try format.response(Open311.List(items: [receipt], element: "request"), root: "service_requests",
                                   status: .created)
    }

    static func tokenStatus(_ request: Request, token: String, _ format: Open311Format) async throws -> Response {
        let council = try await council(request.query[String.self, at: "jurisdiction_id"], on: request.db)
        guard let id = UUID(uuidString: token), let pending = try await Open311Pending.query(on: request.db)
            .filter(\.$id == id).filter(\.$councilID == council.requireID()).first() else {
            throw Open311Problem(.notFound, "There is no token \(token).")
        }
        let notice = pending.refusal.map { "Not accepted: \($0)" }
            ?? (pending.decidedAt == nil ? "Waiting for the council to accept it." : nil)
        let receipt = Open311.Receipt(service_request_id: pending.requestReference, token: token,
                                      service_notice: notice)
        return try format.response(Open311.List(items: [receipt], element: "request"), root: "service_requests")
    }
}
