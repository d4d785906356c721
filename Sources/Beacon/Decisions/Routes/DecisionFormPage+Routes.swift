import BeaconDomain
import Fluent
import Plot
import Vapor

extension DecisionFormPage {
    static func showNew(_ request: Request, input: NoticeInput?, problems: FormView.Problems) async throws -> Response {
        let view = try await request.councilView()
        _ = try request.requireOwnCouncil(view)
        try request.require(.runDecisions(council: view.councilID))
        let fields = try await NoticeChoices.fields(for: nil, input: input, council: view.councilID, on: request.db)
        let page = DecisionFormPage(title: "New decision notice", action: SiteURL.decisionList(council: view.slug).path,
                                    fields: fields, problems: problems, version: nil)
        return Layout.response(page.render(in: request.layoutContext), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func create(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let signedIn = try request.requireOwnCouncil(view)
        try request.require(.runDecisions(council: view.councilID))
        let input = try request.content.decode(NoticeInput.self)
        do {
            let notice = try await DecisionWrite.create(input, council: view.council, by: signedIn, on: request.db)
            request.flash("Draft \(notice.reference) is saved.")
            return request.redirect(to: SiteURL.decisionManage(council: view.slug, .id(try notice.requireID())).path)
        } catch let failed as ValidationFailed {
            return try await showNew(request, input: input, problems: failed.problems)
        }
    }

    static func showEdit(_ request: Request, input: NoticeInput?, problems: FormView.Problems) async throws -> Response {
        let (reading, _) = try await request.noticeForRunning()
        let fields = try await NoticeChoices.fields(for: reading.notice, input: input, council: reading.view.councilID, on: request.db)
        let page = DecisionFormPage(title: "Change draft \(reading.notice.reference)", action: SiteURL.decisionEdit(council: reading.slug, reading.ref).path,
                                    fields: fields, problems: problems, version: input?.version ?? reading.notice.version)
        return Layout.response(page.render(in: request.layoutContext), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func update(_ request: Request) async throws -> Response {
        let (reading, signedIn) = try await request.noticeForRunning()
        let input = try request.content.decode(NoticeInput.self)
        do {
            try await DecisionWrite.update(reading.notice, input, council: reading.view.council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await showEdit(request, input: input, problems: failed.problems)
        }
        request.flash("Draft \(reading.notice.reference) is saved.")
        return request.redirect(to: SiteURL.decisionManage(council: reading.slug, reading.ref).path)
    }
}
