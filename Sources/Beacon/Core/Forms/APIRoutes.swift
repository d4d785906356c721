import BeaconDomain
import Fluent
import Vapor

/// A page of an API list: the records and where this page sits.
struct APIPage<Item: Content>: Content {
    let items: [Item]
    let metadata: APIPageMetadata
}

/// Registers the JSON API of one kind of record under `/api/v1/`: list, read, create and
/// replace, through the same access rules and writes as the pages.
struct APIRoutes<R: APIRecord> {
    static func register(on routes: RoutesBuilder) {
        let resource = R.resource
        routes.route(.GET, .apiList(resource), access: .action(R.listAccess)) { request -> APIPage<R.Summary> in
            let actor = try request.requireSignedIn().actor
            let page = try await R.visible(to: actor, on: request.db).paginate(try request.pageRequest())
            return APIPage(items: try await R.summaries(page.items, on: request.db), metadata: APIPageMetadata(page.metadata))
        }
        routes.route(.GET, .apiRecord(resource, .parameter), access: .action(R.listAccess)) { request -> R.Summary in
            let actor = try request.requireSignedIn().actor
            let record = try await R.findVisible(request.parameters.get("id", as: UUID.self), actor: actor, on: request.db)
            return try await summary(record, on: request.db)
        }
        routes.route(.POST, .apiList(resource), access: .action(R.createAccess)) { request -> Response in
            let record = try await RecordWrite.create(R.self, try request.jsonBody(R.Input.self, noun: R.noun),
                                                      by: try request.requireSignedIn(), on: request.db)
            let response = Response(status: .created)
            try response.content.encode(try await summary(record, on: request.db))
            response.headers.replaceOrAdd(name: .location, value: SiteURL.apiRecord(resource, .id(try record.requireID())).path)
            return response
        }
        routes.route(.PUT, .apiRecord(resource, .parameter), access: .record) { request -> R.Summary in
            let record = try await RecordRoutes<R>.loadForChange(request)
            let updated = try await RecordWrite.update(record, try request.jsonBody(R.Input.self, noun: R.noun),
                                                       by: try request.requireSignedIn(), on: request.db)
            return try await summary(updated, on: request.db)
        }
    }

    private static func summary(_ record: R, on db: Database) async throws -> R.Summary {
        guard let summary = try await R.summaries([record], on: db).first else {
            throw Abort(.notFound, reason: "There is no \(R.noun) with that id.")
        }
        return summary
    }
}
