import BeaconDomain
import Fluent
import Foundation
import Vapor

/// Reads what the Open311 endpoints show: a council's online services, a service's questions,
/// and its requests' public fields.
struct Open311Query {
    let council: Council
    let db: Database

    private var councilID: UUID { council.id! }

    /// The council's open services that the public may request.
    func services() async throws -> [Service] {
        try await Service.query(on: db).filter(\.$councilID == councilID).filter(\.$closedOn == nil)
            .filter(\.$online == true).sort(\.$code).all()
    }

    func service(code: String) async throws -> Service {
        guard let service = try await services().first(where: { $0.code == code }) else {
            throw Open311Problem(.notFound, "There is no service with the code \(code) at \(council.name).")
        }
        return service
    }

    static func record(_ service: Service) -> Open311.Service {
        Open311.Service(service_code: service.code, service_name: service.name, description: notice(service),
                        metadata: !service.questions.isEmpty, type: "realtime",
                        keywords: service.keywords.isEmpty ? nil : service.keywords,
                        group: service.group.isEmpty ? nil : service.group)
    }

    static func definition(_ service: Service) -> Open311.ServiceDefinition {
        let attributes = service.questions.enumerated().map { index, question in
            Open311.Attribute(variable: true, code: question.code, datatype: datatype(question.kind),
                              required: question.required, datatype_description: hint(question.kind),
                              order: index + 1, description: question.description.isEmpty ? question.prompt
                                  : "\(question.prompt) \(question.description)",
                              values: question.choices.isEmpty ? nil : Open311.List(
                                  items: zip(question.keys, question.choices).map { .init(key: $0, name: $1) },
                                  element: "value"))
        }
        return Open311.ServiceDefinition(service_code: service.code, attributes: Open311.List(items: attributes,
                                                                                               element: "attribute"))
    }

    static func datatype(_ kind: ServiceQuestion.Kind) -> String {
        switch kind {
        case .text: "string"
        case .number: "number"
        case .date: "datetime"
        case .single: "singlevaluelist"
        case .multiple: "multivaluelist"
        }
    }

    private static func hint(_ kind: ServiceQuestion.Kind) -> String? {
        switch kind {
        case .number: "A number, like 3"
        case .date: "A date, like 2026-03-02"
        case .multiple: "One or more of the values' keys"
        default: nil
        }
    }

    static func notice(_ service: Service) -> String {
        let days = service.standardWorkingDays
        return "Usually dealt with within \(days) working day\(days == 1 ? "" : "s")."
    }

    /// Requests by their references, newest first.
    func requests(references: [String]) async throws -> [ServiceRequest] {
        try await ServiceRequest.query(on: db).filter(\.$councilID == councilID).filter(\.$reference ~~ references)
            .sort(\.$raisedAt, .descending).limit(Open311Filter.most).all()
    }

    /// Requests matching a filter, newest first, at most `Open311Filter.most`.
    func requests(_ filter: Open311Filter) async throws -> [ServiceRequest] {
        var query = ServiceRequest.query(on: db).filter(\.$councilID == councilID)
            .filter(\.$raisedAt >= filter.start).filter(\.$raisedAt <= filter.end)
        if !filter.serviceCodes.isEmpty {
            let ids = try await Service.query(on: db).filter(\.$councilID == councilID)
                .filter(\.$code ~~ filter.serviceCodes).all().compactMap(\.id)
            query = query.filter(\.$serviceID ~~ ids)
        }
        if let closed = filter.closed {
            let finished = RequestStatus.allCases.filter(\.isFinished)
            query = closed ? query.filter(\.$status ~~ finished) : query.filter(\.$status !~ finished)
        }
        return try await query.sort(\.$raisedAt, .descending).limit(Open311Filter.most).all()
    }

    /// The requests' public records, with their services, departments and latest updates.
    func records(_ requests: [ServiceRequest]) async throws -> [Open311.Request] {
        guard !requests.isEmpty else { return [] }
        let services = try await Service.query(on: db).filter(\.$councilID == councilID).all()
        let units = try await Unit.query(on: db).filter(\.$councilID == councilID).all()
        let updates = try await RequestUpdate.query(on: db).filter(\.$requestID ~~ requests.compactMap(\.id)).all()
        return requests.map { request in
            let service = services.first { $0.id == request.serviceID }
            let last = updates.filter { $0.requestID == request.id }.map(\.at).max()
            return Open311.Request(
                service_request_id: request.reference, status: request.status.isFinished ? "closed" : "open",
                status_notes: request.status.title, service_name: service?.name, service_code: service?.code ?? "",
                description: request.details, agency_responsible: units.first { $0.id == request.departmentID }?.name,
                service_notice: service.map(Self.notice), requested_datetime: Open311Format.datetime(request.raisedAt),
                updated_datetime: last.map(Open311Format.datetime),
                expected_datetime: Open311Format.datetime(UKTime.instant(request.dueOn, hour: 17, minute: 0)),
                address: request.address, lat: request.latitude, long: request.longitude)
        }
    }
}

/// The filters of `GET requests`: a span of at most 90 days (the last 90 by default), services
/// and status.
struct Open311Filter: Sendable {
    static let most = 1_000
    static let longestSpan: TimeInterval = 90 * 86_400

    let start: Date
    let end: Date
    let serviceCodes: [String]
    /// nil for both.
    let closed: Bool?

    init(start: String?, end: String?, serviceCodes: String?, status: String?, now: Date) throws {
        func instant(_ text: String?, _ name: String) throws -> Date? {
            guard let text, !text.isEmpty else { return nil }
            guard let date = ISOInstant.parse(text) else {
                throw Open311Problem(.badRequest, "\(name) must be a date and time like 2026-11-01T00:00:00Z.")
            }
            return date
        }
        let end = try instant(end, "end_date") ?? now
        let start = try instant(start, "start_date") ?? end.addingTimeInterval(-Self.longestSpan)
        guard start <= end else { throw Open311Problem(.badRequest, "start_date must be before end_date.") }
        guard end.timeIntervalSince(start) <= Self.longestSpan else {
            throw Open311Problem(.badRequest, "start_date and end_date may be at most 90 days apart.")
        }
        (self.start, self.end) = (start, end)
        self.serviceCodes = Self.list(serviceCodes)
        let statuses = Set(Self.list(status))
        guard statuses.isSubset(of: ["open", "closed"]) else {
            throw Open311Problem(.badRequest, "status must be open, closed or both (open,closed).")
        }
        closed = statuses.count == 1 ? statuses.contains("closed") : nil
    }

    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
