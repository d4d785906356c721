import BeaconDomain
import Fluent
import Vapor

/// Residents' own pages: report a problem or request a service, and follow a request. Public,
/// with the visitor's form token on the form; raised as Open311's POST is
/// (`Open311Submission`, then `RequestWrite`).
enum ResidentRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        routes.route(.GET, .report(council: council), access: .published) { try await choose($0) }
        routes.route(.GET, .reportService(council: council, service: ":service"),
            access: .published) { try await form($0) }
        routes.route(.POST, .reportService(council: council, service: ":service"),
            access: .published) { try await send($0) }
        routes.route(.GET, .track(council: council), access: .published) { try await track($0) }
    }

    private static func choose(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let search = (request.query[String.self, at: "q"] ?? "").trimmingCharacters(in: .whitespaces)
        let services = try await Open311Query(council: view.council, db: request.db).services()
            .filter { search.isEmpty || matches($0, search) }
        let page = ResidentReportPage(view: view, search: search, services: services,
            keptMonths: try await kept(view, request))
        return Layout.response(page.render(in: request.layoutContext))
    }

    /// A service whose name, group or keywords hold every word searched for.
    static func matches(_ service: Service, _ search: String) -> Bool {
        let text = [service.name, service.group, service.keywords].joined(separator: " ").lowercased()
        return search.lowercased().split(separator: " ").allSatisfy { text.contains($0) }
    }

    private static func form(_ request: Request, given: Open311Submission? = nil,
                             problems: FormView.Problems = []) async throws -> Response {
        let view = try await request.councilView()
        let service = try await Open311Query(council: view.council, db: request.db).service(code: code(request))
        let page = ResidentReportPage(view: view, search: "", services: [], service: service, given: given,
                                      problems: problems, keptMonths: try await kept(view, request))
        return Layout.response(page.render(in: request.layoutContext(withForm: true)),
                               status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func send(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let service = try await Open311Query(council: view.council, db: request.db).service(code: code(request))
        let form = Open311Submission(body: request.body.string ?? "")
        do {
            let raised = try await RequestWrite.raise(try form.input(for: service), council: view.council,
                                                      via: "residents' web form", by: nil, on: request.db)
            let page = ResidentReceiptPage(view: view, request: raised, service: service)
            return Layout.response(page.render(in: request.layoutContext), status: .created)
        } catch let problem as Open311Problem {
            return try await self.form(request, given: form, problems: [("address_string",
                problem.descriptions.joined())])
        } catch let failed as ValidationFailed {
            return try await self.form(request, given: form, problems: Open311Submission.formProblems(failed))
        }
    }

    private static func track(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let reference = (request.query[String.self,
            at: "reference"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        var found: (ServiceRequest, String, [RequestUpdate])?
        if !reference.isEmpty, let raised = try await ServiceRequest.query(on: request.db)
            .filter(\.$councilID == view.councilID).filter(\.$reference == reference).first() {
            let service = try await Service.find(raised.serviceID, on: request.db)?.name ?? "Service request"
            let updates = try await RequestUpdate.query(on: request.db).filter(\.$requestID == raised.requireID())
                .sort(\.$at).all()
            found = (raised, service, updates)
        }
        let page = ResidentTrackPage(view: view, reference: reference, found: found)
        return Layout.response(page.render(in: request.layoutContext),
                               status: found == nil && !reference.isEmpty ? .notFound : .ok)
    }

    private static func code(_ request: Request) -> String { request.parameters.get("service") ?? "" }

    private static func kept(_ view: CouncilView, _ request: Request) async throws -> Int {
        try await RetentionPeriods.months(council: view.councilID, on: request.db)[.closedRequests]
            ?? RetainedRecord.closedRequests.defaultMonths
    }
}
