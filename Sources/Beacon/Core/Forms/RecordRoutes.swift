import BeaconDomain
import Fluent
import Plot
import Vapor

/// The body of a close button: the version it was drawn from.
struct CloseInput: Content {
    let version: Int?
}

/// Registers the administration pages of one kind of record: list, new, create, edit,
/// update and close. Each route carries its access rule; record-level checks are made here,
/// once, for every kind.
struct RecordRoutes<R: ManagedRecord> {
    static func register(on routes: RoutesBuilder) {
        let resource = R.resource
        routes.route(.GET, .list(resource), access: .action(R.listAccess)) { try await list($0) }
        routes.route(.GET, .new(resource), access: .action(R.createAccess)) { request in
            try await form(for: nil, input: nil, problems: [], on: request)
        }
        routes.route(.POST, .list(resource), access: .action(R.createAccess)) { try await create($0) }
        routes.route(.GET, .edit(resource, .parameter), access: .record) { request in
            try await form(for: try await loadForChange(request), input: nil, problems: [], on: request)
        }
        routes.route(.POST, .record(resource, .parameter), access: .record) { try await update($0) }
        routes.route(.POST, .close(resource, .parameter), access: .record) { request in
            let record = try await loadForChange(request)
            let input = try request.content.decode(CloseInput.self)
            _ = try await RecordWrite.close(record, version: input.version, by: try request.requireSignedIn(), on: request.db)
            request.flash("The \(R.noun) is closed; its history is kept.")
            return request.redirect(to: SiteURL.edit(resource, .id(try record.requireID())).path)
        }
    }

    static func list(_ request: Request) async throws -> Response {
        let actor = try request.requireSignedIn().actor
        let page = try await R.visible(to: actor, on: request.db).paginate(try request.pageRequest())
        let table = try await R.table(page.items, on: request.db)
        let mayCreate = AccessPolicy.decide(actor, R.createAccess(actor)) == .allowed
        let view = RecordListPage(plural: R.plural, guidance: R.guidance, resource: R.resource, table: table,
                                  page: page.metadata, mayCreate: mayCreate, noun: R.noun)
        return Layout.response(view.render(in: request.layoutContext))
    }

    /// Loads the record named in the path and checks the actor may change it.
    static func loadForChange(_ request: Request) async throws -> R {
        let actor = try request.requireSignedIn().actor
        let record = try await R.findVisible(request.parameters.get("id", as: UUID.self), actor: actor, on: request.db)
        try request.require(try await record.changeAccess(actor, on: request.db))
        return record
    }

    static func create(_ request: Request) async throws -> Response {
        let signedIn = try request.requireSignedIn()
        let input = try request.content.decode(R.Input.self)
        do {
            let record = try await RecordWrite.create(R.self, input, by: signedIn, on: request.db)
            request.flash("The \(R.noun) is saved.")
            return request.redirect(to: SiteURL.edit(R.resource, .id(try record.requireID())).path)
        } catch let failed as ValidationFailed {
            return try await form(for: nil, input: input, problems: failed.problems, on: request)
        }
    }

    static func update(_ request: Request) async throws -> Response {
        let signedIn = try request.requireSignedIn()
        let record = try await loadForChange(request)
        let input = try request.content.decode(R.Input.self)
        do {
            _ = try await RecordWrite.update(record, input, by: signedIn, on: request.db)
            request.flash("Your changes to the \(R.noun) are saved.")
            return request.redirect(to: SiteURL.edit(R.resource, .id(try record.requireID())).path)
        } catch let failed as ValidationFailed {
            return try await form(for: record, input: input, problems: failed.problems, on: request)
        }
    }

    static func form(for record: R?, input: R.Input?, problems: FormView.Problems, on request: Request) async throws -> Response {
        let actor = try request.requireSignedIn().actor
        let fields = try await R.formFields(for: record, input: input, actor: actor, on: request.db)
        let id = try record?.requireID()
        let related = try await (record as? any RelatedLists)?.relatedLists(on: request.db) ?? []
        let page = RecordEditPage(
            title: record.map { "\($0.auditTitle)" } ?? "Add a \(R.noun)",
            action: id.map { .record(R.resource, .id($0)) } ?? .list(R.resource),
            fields: fields, problems: problems, version: record?.version,
            closeAction: id.map { (R.closeAction, .close(R.resource, .id($0))) },
            closedNote: record?.closedNote, related: related)
        return Layout.response(page.render(in: request.layoutContext), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }
}

/// A record whose edit page also lists records that hang from it (a councillor's positions).
protocol RelatedLists {
    func relatedLists(on db: Database) async throws -> [Node<HTML.BodyContext>]
}
