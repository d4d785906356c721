import BeaconDomain
import Plot
import Vapor

/// The data protection officer's pages: all for the council's data protection officer or an
/// administrator (`Action.handlePersonalData`), checked in each handler against the council in
/// the path. Searches go by POST, so a person's name is never in an address or a log.
enum PrivacyRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        routes.route(.GET, .privacy(council: council), access: .record) { try await overview($0) }
        routes.route(.POST, .privacySearch(council: council), access: .record) { try await search($0) }
        routes.route(.POST, .privacyExport(council: council), access: .record) { try await export($0) }
        routes.route(.POST, .privacyErasures(council: council), access: .record) { try await erase($0) }
        routes.route(.GET, .accessLog(council: council), access: .record) { try await accessLog($0) }
        routes.route(.GET, .retention(council: council), access: .record) { try await retention($0) }
        routes.route(.POST, .retention(council: council), access: .record) { try await saveRetention($0) }
    }

    private static func overview(_ request: Request, input: SubjectInput? = nil,
                                 problems: FormView.Problems = []) async throws -> Response {
        let (view, _) = try await request.privacyDesk()
        let overview = try await PrivacyOverview.load(council: view.councilID, on: request.db)
        let page = PrivacyPage(view: view, overview: overview, input: input, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)),
                               status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func search(_ request: Request, problems: FormView.Problems = []) async throws -> Response {
        let (view, signedIn) = try await request.privacyDesk()
        let input = try request.content.decode(SubjectInput.self)
        do {
            let (terms, found) = try await SubjectAccess.search(input, council: view.councilID, by: signedIn,
                                                                on: request.db)
            let page = SubjectSearchPage(view: view, input: input, terms: terms, found: found, problems: problems)
            return Layout.response(page.render(in: request.layoutContext(withForm: true)),
                                   status: problems.isEmpty ? .ok : .unprocessableEntity)
        } catch let failed as ValidationFailed {
            return try await overview(request, input: input, problems: failed.problems)
        }
    }

    private static func export(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.privacyDesk()
        let input = try request.content.decode(SubjectInput.self)
        let zip: Data
        do {
            zip = try await SubjectAccess.export(input, council: view.council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await overview(request, input: input, problems: failed.problems)
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "zip")
        let day = UKTime.day(of: request.now).iso
        headers.contentDisposition = .init(.attachment, filename: "subject-access-\(view.slug)-\(day).zip")
        headers.cacheControl = .init(noStore: true)
        return Response(status: .ok, headers: headers, body: .init(data: zip))
    }

    private static func erase(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.privacyDesk()
        let input = try request.content.decode(SubjectInput.self)
        do {
            let outcome = try await PersonErasure.erase(input, council: view.council, by: signedIn, on: request.db)
            let page = ErasureOutcomePage(view: view, outcome: outcome)
            return Layout.response(page.render(in: request.layoutContext(withForm: true)))
        } catch let failed as ValidationFailed where failed.problems.contains(where: { $0.field == "reason" }) {
            return try await search(request, problems: failed.problems)
        } catch let failed as ValidationFailed {
            return try await overview(request, input: input, problems: failed.problems)
        }
    }

    private static func accessLog(_ request: Request) async throws -> Response {
        let (view, _) = try await request.privacyDesk()
        let asked = request.query[String.self, at: "kind"] ?? ""
        guard asked.isEmpty || AccessLog.Kind(rawValue: asked) != nil else {
            throw Abort(.badRequest, reason: "“\(asked)” is not a kind of record the access log keeps.")
        }
        let kind = AccessLog.Kind(rawValue: asked)
        let lines = try await AccessLogLines.recent(council: view.councilID, kind: kind, on: request.db)
        let page = AccessLogPage(view: view, kind: kind, lines: lines)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)))
    }

    private static func retention(_ request: Request, input: [String: String] = [:],
                                  problems: FormView.Problems = []) async throws -> Response {
        let (view, _) = try await request.privacyDesk()
        let overview = try await PrivacyOverview.load(council: view.councilID, on: request.db)
        let page = RetentionPage(view: view, overview: overview, input: input, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)),
                               status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func saveRetention(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.privacyDesk()
        let input = try request.content.decode([String: String].self)
        do {
            try await RetentionPeriodWrite.save(input, council: view.councilID, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await retention(request, input: input, problems: failed.problems)
        }
        request.flash("The retention periods are saved.")
        return request.redirect(to: SiteURL.privacy(council: view.slug).path)
    }
}
