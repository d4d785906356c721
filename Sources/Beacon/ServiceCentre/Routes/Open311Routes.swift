import BeaconDomain
import Fluent
import Vapor

/// Open311 GeoReport v2 under `/open311/v2/`, each address in JSON and XML by its suffix. Reading
/// is public; raising a request needs an API key of the council (`api_key`). `jurisdiction_id` is
/// the council's short name, and may be left out where Beacon serves one council. Every error
/// is Open311's list of `{code, description}`, in the format asked for.
enum Open311Routes {
    static func register(on routes: RoutesBuilder) {
        for format in [Open311Format.json, .xml] {
            let suffix = format.rawValue
            routes.route(.GET, .open311Discovery(format: suffix), access: .published) { request in
                await answer(format) { try discovery(request, format) }
            }
            routes.route(.GET, .open311Services(format: suffix), access: .published) { request in
                await answer(format) { try await services(request, format) }
            }
            routes.route(.GET, .open311Requests(format: suffix), access: .published) { request in
                await answer(format) { try await requests(request, format) }
            }
            routes.route(.POST, .open311Requests(format: suffix), access: .open311Client) { request in
                await answer(format) { try await raise(request, format) }
            }
            routes.route(.GET, .open311Updates(format: suffix), access: .published) { request in
                await answer(format) { try await updates(request, format) }
            }
            routes.route(.POST, .open311Updates(format: suffix), access: .open311Client) { request in
                await answer(format) { try await postUpdate(request, format) }
            }
        }
        routes.route(.GET, .open311Service(code: ":service"), access: .published) { request in
            await suffixed(request, "service") { code, format in try await definition(request, code: code, format) }
        }
        routes.route(.GET, .open311Request(id: ":request"), access: .published) { request in
            await suffixed(request, "request") { id, format in try await requests(request, format, only: id) }
        }
        routes.route(.GET, .open311Token(token: ":token"), access: .published) { request in
            await suffixed(request, "token") { token, format in try await tokenStatus(request, token: token, format) }
        }
    }

    static func answer(_ format: Open311Format, _ work: () async throws -> Response) async -> Response {
        do {
            return try await work()
        } catch let problem as Open311Problem {
            return format.errors(problem.status, problem.descriptions)
        } catch let abort as any AbortError {
            return format.errors(abort.status.code < 500 ? abort.status : .badRequest, [abort.reason])
        } catch {
            return format.errors(.internalServerError, ["Something went wrong on Beacon's side; it is logged."])
        }
    }

    /// A path ending in a name and a suffix, `BULKY_WASTE.xml`; 404 in JSON without a known suffix.
    private static func suffixed(_ request: Request, _ parameter: String,
                                 _ work: (String, Open311Format) async throws -> Response) async -> Response {
        guard let (name, format) = request.parameters.get(parameter).flatMap(Open311Format.split) else {
            return Open311Format.json.errors(.notFound, ["Ask for .json or .xml."])
        }
        return await answer(format) { try await work(name, format) }
    }

    /// The council named by `jurisdiction_id`, or the only one.
    static func council(_ jurisdiction: String?, on db: Database) async throws -> Council {
        let councils = try await Council.query(on: db).filter(\.$closedOn == nil).sort(\.$slug).all()
        if let jurisdiction, !jurisdiction.isEmpty {
            guard let council = councils.first(where: { $0.slug == jurisdiction }) else {
                throw Open311Problem(.notFound, "There is no jurisdiction \(jurisdiction) here.")
            }
            return council
        }
        guard councils.count == 1, let only = councils.first else {
            throw Open311Problem(.badRequest, "jurisdiction_id is required: one of "
                                 + councils.map(\.slug).joined(separator: ", ") + ".")
        }
        return only
    }

    private static func query(_ request: Request) async throws -> Open311Query {
        Open311Query(council: try await council(request.query[String.self, at: "jurisdiction_id"], on: request.db),
                     db: request.db)
    }

    private static func discovery(_ request: Request, _ format: Open311Format) throws -> Response {
        let base = DecisionFeed.baseURL(request) + "/" + SiteURL.open311Base.joined(separator: "/")
        let endpoint = Open311.Discovery.Endpoint(
            specification: "http://wiki.open311.org/GeoReport_v2", url: base, changeset: "2026-12-06T00:00:00Z",
            type: "production", formats: Open311.List(items: ["text/xml", "application/json"], element: "format"))
        let discovery = Open311.Discovery(changeset: "2026-12-06T00:00:00Z", contact: "The council's customer services",
                                          key_service: "Ask the council's administrator for an API key.",
                                          endpoints: Open311.List(items: [endpoint], element: "endpoint"))
        return try format.response(discovery, root: "discovery")
    }

    private static func services(_ request: Request, _ format: Open311Format) async throws -> Response {
        let services = try await query(request).services().map(Open311Query.record)
        return try format.response(Open311.List(items: services, element: "service"), root: "services")
    }

    private static func definition(_ request: Request, code: String, _ format: Open311Format) async throws -> Response {
        let service = try await query(request).service(code: code)
        return try format.response(Open311Query.definition(service), root: "service_definition")
    }

    private static func requests(_ request: Request, _ format: Open311Format,
                                 only id: String? = nil) async throws -> Response {
        let query = try await query(request)
        let asked = id.map { [$0] } ?? Open311Filter.list(request.query[String.self, at: "service_request_id"])
        let found: [ServiceRequest]
        if asked.isEmpty {
            let filter = try Open311Filter(start: request.query[String.self, at: "start_date"],
                                           end: request.query[String.self, at: "end_date"],
                                           serviceCodes: request.query[String.self, at: "service_code"],
                                           status: request.query[String.self, at: "status"], now: request.now)
            found = try await query.requests(filter)
        } else {
            found = try await query.requests(references: asked)
        }
        if let id, found.isEmpty { throw Open311Problem(.notFound, "There is no request \(id).") }
        let records = try await query.records(found)
        return try format.response(Open311.List(items: records, element: "request"), root: "service_requests")
    }

    private static func raise(_ request: Request, _ format: Open311Format) async throws -> Response {
        let form = Open311Submission(body: request.body.string ?? "")
        let council = try await council(form["jurisdiction_id"], on: request.db)
        let signedIn = try await client(form["api_key"], council: council, for: request)
        guard let code = form["service_code"] else { throw Open311Problem(.badRequest, "service_code is required.") }
        let service = try await Open311Query(council: council, db: request.db).service(code: code)
        if council.open311Approval {
            return try await hold(form, service: service, council: council, client: signedIn, for: request, format)
        }
        let raised: ServiceRequest
        do {
            raised = try await RequestWrite.raise(try form.input(for: service), council: council,
                                                  via: "Open311 (\(signedIn.label))", by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            throw Open311Problem(.badRequest, list: Open311Submission.descriptions(failed))
        }
        let receipt = Open311.Receipt(service_request_id: raised.reference,
                                      service_notice: Open311Query.notice(service), account_id: form["account_id"])
        return try format.response(Open311.List(items: [receipt], element: "request"), root: "service_requests",
                                   status: .created)
    }

    /// The API key as the client acting, if it is the council's and may raise requests.
    static func client(_ key: String?, council: Council, for request: Request) async throws -> SignedIn {
        guard let key else { throw Open311Problem(.forbidden, "api_key is required to raise a request.") }
        guard let signedIn = try await ActorMiddleware.signedIn(apiKey: key, on: request.db) else {
            throw Open311Problem(.forbidden, "The api_key is not recognised or has been revoked.")
        }
        guard AccessPolicy.decide(signedIn.actor, .raiseRequests(council: try council.requireID())) == .allowed else {
            throw Open311Problem(.forbidden, "This api_key may not raise requests at \(council.name).")
        }
        let limit = council.open311PerMinute
        guard await request.application.open311Limiter.allow(signedIn.apiKeyID?.uuidString ?? key, perMinute: limit,
                                                             at: request.now) else {
            throw Open311Problem(.tooManyRequests, "Too many requests: at most \(limit) a minute for each client. "
                                 + "Try again in a minute.")
        }
        return signedIn
    }
}
