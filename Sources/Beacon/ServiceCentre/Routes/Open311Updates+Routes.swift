import BeaconDomain
import Fluent
import Vapor

/// FixMyStreet's extension, `servicerequestupdates.{fmt}`: the council's updates on requests,
/// read since a date (with their notes, which FixMyStreet shows the public), and updates sent
/// by the client (a resident's comment, or a status), written as a staff update is.
extension Open311Routes {
    static func updates(_ request: Request, _ format: Open311Format) async throws -> Response {
        let council = try await council(request.query[String.self, at: "jurisdiction_id"], on: request.db)
        let filter = try Open311Filter(start: request.query[String.self, at: "start_date"],
                                       end: request.query[String.self, at: "end_date"],
                                       serviceCodes: nil, status: nil, now: request.now)
        let steps = try await RequestUpdate.query(on: request.db).filter(\.$councilID == council.requireID())
            .filter(\.$at >= filter.start).filter(\.$at <= filter.end).sort(\.$at).limit(Open311Filter.most).all()
        let references = try await ServiceRequest.query(on: request.db).filter(\.$id ~~ steps.map(\.requestID)).all()
        let records = steps.compactMap { step -> Open311.RequestUpdate? in
            guard let reference = references.first(where: { $0.id == step.requestID })?.reference else { return nil }
            return Open311.RequestUpdate(update_id: step.id?.uuidString ?? "", service_request_id: reference,
                                         status: FixMyStreetStatus.of(step.status).rawValue,
                                         updated_datetime: Open311Format.datetime(step.at), description: step.note)
        }
        return try format.response(Open311.List(items: records, element: "request_update"),
                                   root: "service_request_updates")
    }

    static func postUpdate(_ request: Request, _ format: Open311Format) async throws -> Response {
        let form = Open311Submission(body: request.body.string ?? "")
        let council = try await council(form["jurisdiction_id"], on: request.db)
        let signedIn = try await client(form["api_key"], council: council, for: request)
        guard let reference = form["service_request_id"],
              let target = try await ServiceRequest.query(on: request.db).filter(\.$councilID == council.requireID())
                  .filter(\.$reference == reference).first() else {
            throw Open311Problem(.notFound, "There is no request \(form["service_request_id"] ?? "(none given)").")
        }
        guard let status = form["status"].flatMap(FixMyStreetStatus.init(sent:)) else {
            throw Open311Problem(.badRequest, "status must be one of "
                                 + FixMyStreetStatus.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        // A client's status that Beacon cannot move to (back to open, say) is kept as a note.
        let moves = target.status.next.contains(status.beacon)
        let input = RequestUpdateInput(status: (moves ? status.beacon : target.status).rawValue,
                                       note: form["description"], version: target.version)
        let written: RequestUpdate
        do {
            written = try await RequestWrite.update(target, input, council: council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            throw Open311Problem(.badRequest, list: failed.problems.map(\.message))
        }
        let record = Open311.RequestUpdate(update_id: written.id?.uuidString ?? "", service_request_id: reference,
                                           status: FixMyStreetStatus.of(written.status).rawValue,
                                           updated_datetime: Open311Format.datetime(written.at),
                                           description: written.note)
        return try format.response(Open311.List(items: [record], element: "request_update"),
                                   root: "service_request_updates", status: .created)
    }
}
