import BeaconDomain
import Fluent
import Plot
import Vapor

/// Progress reports. Issued editions are public; a draft is read and changed only by the
/// council's performance officers (`Action.prepareReports`), checked in each handler against
/// the council in the path. A draft asked for by anyone else is refused as the policy says.
enum ReportRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        let prepare = Access.action { .prepareReports(council: $0.councilID) }
        routes.route(.GET, .reportList(council: council), access: .published) { try await list($0) }
        routes.route(.GET, .reportFeed(council: council), access: .published) { try await ReportFeed.handle($0) }
        routes.route(.POST, .reportNew(council: council), access: prepare) { try await create($0) }
        routes.route(.GET, .progressReport(council: council, .parameter), access: .published) { try await show($0) }
        routes.route(.GET, .reportEdit(council: council, .parameter), access: prepare) { try await edit($0) }
        routes.route(.POST, .reportEdit(council: council, .parameter), access: prepare) { try await save($0) }
        routes.route(.POST, .reportIssue(council: council, .parameter), access: prepare) { try await issue($0) }
        routes.route(.POST, .reportCorrect(council: council, .parameter), access: prepare) { try await correct($0) }
        routes.route(.GET, .reportTable(council: council, .parameter, table: SiteURL.tableParameter),
                     access: .published) { try await table($0) }
        routes.route(.GET, .reportPDF(council: council, .parameter), access: .published) { try await pdf($0) }
    }

    private static func list(_ request: Request, input: ReportDraftInput = .init(),
                             problems: FormView.Problems = []) async throws -> Response {
        let view = try await request.councilView()
        let reports = try await Report.query(on: request.db).filter(\.$councilID == view.councilID)
            .sort(\.$issuedAt, .descending).sort(\.$title).all()
        let mayPrepare = view.may(.prepareReports(council: view.councilID))
        let page = ReportListPage(view: view, issued: reports.filter(\.stage.isPublic),
                                  drafts: mayPrepare ? reports.filter { !$0.stage.isPublic } : [],
                                  scopeChoices: mayPrepare ? try await ReportChoices.scopes(view, on: request.db) : [],
                                  input: input, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: mayPrepare)),
                               status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func create(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await preparer(request)
        let input = try request.content.decode(ReportDraftInput.self)
        do {
            let report = try await ReportDraftWrite.create(input, council: view.council, by: signedIn, on: request.db)
            request.flash("The draft is made. Write the narratives, then issue it.")
            return request.redirect(to: SiteURL.reportEdit(council: view.slug, .id(report.id!)).path)
        } catch let failed as ValidationFailed {
            return try await list(request, input: input, problems: failed.problems)
        }
    }

    private static func show(_ request: Request, problems: FormView.Problems = []) async throws -> Response {
        let (view, report) = try await readable(request)
        let content = try await ReportChoices.content(of: report, view: view, on: request.db)
        let correction = try await Report.query(on: request.db).filter(\.$supersedesID == report.requireID()).first()
        let mayPrepare = view.may(.prepareReports(council: view.councilID))
        let items = mayPrepare && report.stage.mayIssue ? try await ReportChoices.agendaItems(view, on: request.db) : []
        let page = ReportShowPage(view: view, report: report, content: content, correction: correction,
                                  agendaItems: items, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: mayPrepare)),
                               status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func edit(_ request: Request, input: [String: String]? = nil,
                             problems: FormView.Problems = []) async throws -> Response {
        let (view, _) = try await preparer(request)
        let report = try await ReportChoices.report(request, view: view)
        guard report.stage.mayEdit else { throw Abort(.conflict, reason: "Only a draft report can be changed.") }
        let page = ReportEditPage(view: view, report: report, input: input, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)),
                               status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    private static func save(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await preparer(request)
        let report = try await ReportChoices.report(request, view: view)
        let input = try request.content.decode([String: String].self)
        do {
            _ = try await ReportWrite.save(report, input, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await edit(request, input: input, problems: failed.problems)
        }
        request.flash("The draft is saved.")
        return request.redirect(to: SiteURL.progressReport(council: view.slug, .id(report.id!)).path)
    }

    private static func issue(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await preparer(request)
        let report = try await ReportChoices.report(request, view: view)
        let input = try request.content.decode([String: String].self)
        do {
            _ = try await ReportWrite.issue(report, input, council: view.council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await show(request, problems: failed.problems)
        }
        request.flash("The report is issued. It is public and will not change.")
        return request.redirect(to: SiteURL.progressReport(council: view.slug, .id(report.id!)).path)
    }

    private static func correct(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await preparer(request)
        let report = try await ReportChoices.report(request, view: view)
        let input = try request.content.decode([String: String].self)
        let draft: Report
        do {
            draft = try await ReportWrite.correct(report, input, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await show(request, problems: failed.problems)
        }
        request.flash("A correction is started as a draft of edition \(draft.edition).")
        return request.redirect(to: SiteURL.reportEdit(council: view.slug, .id(draft.id!)).path)
    }

    /// One table of the report as CSV, numbered as the report numbers them (`3.csv`).
    private static func table(_ request: Request) async throws -> Response {
        let (view, report) = try await readable(request)
        let name = request.parameters.get("table") ?? ""
        let content = try await ReportChoices.content(of: report, view: view, on: request.db)
        guard name.hasSuffix(".csv"), let number = Int(name.dropLast(4)), content.tables.indices.contains(number - 1)
        else {
            throw Abort(.notFound, reason: "This report has tables 1 to \(content.tables.count); ask for one as 1.csv.")
        }
        let chosen = content.tables[number - 1]
        let export = ExportTable(columns: chosen.columns, rows: chosen.rows.map { $0.map(Optional.some) })
        return try export.response(.csv,
            filename: "\(view.slug)-report-\(report.id!.uuidString.lowercased())-table-\(number)")
    }

    private static func pdf(_ request: Request) async throws -> Response {
        let (view, report) = try await readable(request)
        let content = try await ReportChoices.content(of: report, view: view, on: request.db)
        let file = ReportFile.html(ReportDocument(content: content, standing: ReportStanding.lines(report)))
        return try await ReportPDF.response(html: file, filename: ReportPDF.filename(content.title), on: request)
    }

    /// The council in the path and its performance officer.
    private static func preparer(_ request: Request) async throws -> (CouncilView, SignedIn) {
        let view = try await request.councilView()
        let signedIn = try request.requireOwnCouncil(view)
        try request.require(.prepareReports(council: view.councilID))
        return (view, signedIn)
    }

    /// The report in the path, if this reader may read it: an issued edition, or a draft for its
    /// council's performance officers.
    private static func readable(_ request: Request) async throws -> (CouncilView, Report) {
        let view = try await request.councilView()
        let report = try await ReportChoices.report(request, view: view)
        if !report.stage.isPublic { try request.require(.prepareReports(council: view.councilID)) }
        return (view, report)
    }
}
