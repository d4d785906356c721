import BeaconDomain
import Fluent
import Plot
import Vapor

extension ContactImportPage {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.importContacts)
        let runs = try await ContactImportRun.query(on: request.db).filter(\.$councilID == view.councilID).sort(\.$startedAt, .descending).limit(20).all()
        return Layout.response(ContactImportPage(view: view, runs: runs, now: request.now).render(in: request.layoutContext(withForm: true)))
    }

    /// Starts an import of the uploaded file and sends the browser to its progress page.
    static func upload(_ request: Request, _ upload: StreamedUpload) async throws -> Response {
        let view: CouncilView, signedIn: SignedIn
        do { (view, signedIn) = try await request.serviceCentre(Action.importContacts) } catch {
            upload.discard()
            throw error
        }
        let source = upload.fields["source"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let job = ContactImport(council: view.council, source: source.isEmpty ? "telephony" : String(source.prefix(100)),
                                clock: request.application.clock)
        let run = try await job.start(path: upload.path, fileName: String(upload.fileName.prefix(200)), by: signedIn, on: request.db)
        let app = request.application
        Task {
            try? await job.run(run, path: upload.path, by: signedIn, on: app.db)
            upload.discard()
        }
        return request.redirect(to: SiteURL.contactImport(council: view.slug, .id(try run.requireID())).path)
    }
}

extension ContactImportRunPage {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.importContacts)
        guard let id = request.parameters.get("id", as: UUID.self),
              let run = try await ContactImportRun.query(on: request.db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no import with that id in \(view.council.name).")
        }
        return Layout.response(ContactImportRunPage(run: run, now: request.now).render(in: request.layoutContext))
    }
}
