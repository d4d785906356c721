import BeaconDomain
import Fluent
import Vapor

/// Open data, all public: the catalogue page, the catalogue as JSON-LD, and each dataset as
/// CSV or JSON (`/councils/<short name>/data/decisions.csv`).
enum OpenDataRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        routes.route(.GET, .dataCatalogue(council: council), access: .published) { try await catalogue($0) }
        routes.route(.GET, .dataCatalogueJSONLD(council: council), access: .published) { try await jsonld($0) }
        routes.route(.GET, .dataset(council: council, name: SiteURL.datasetParameter, format: .html),
                     access: .published) { try await dataset($0) }
    }

    private static func catalogue(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let page = DataCataloguePage(view: view, catalogue: try await DataCatalogue.load(view, on: request.db))
        return Layout.response(page.render(in: request.layoutContext))
    }

    private static func jsonld(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let catalogue = try await DataCatalogue.load(view, on: request.db)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "ld+json", parameters: ["charset": "utf-8"])
        let body = try DCATCatalogue.json(catalogue, base: DecisionFeed.baseURL(request))
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    private static func dataset(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let file = request.parameters.get("dataset") ?? ""
        let parts = file.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let dataset = OpenDataset(rawValue: parts[0]),
              let format = ExportFormat(rawValue: parts[1]), format != .html else {
            throw Abort(.notFound, reason: "There is no dataset “\(file)”. The data catalogue lists them all, "
                + "each as name.csv or name.json.")
        }
        guard dataset.download(view.slug, format) == .dataset(council: view.slug, name: dataset.rawValue,
                                                               format: format) else {
            return request.redirect(to: dataset.download(view.slug, format).path, redirectType: .permanent)
        }
        let rows = OpenDatasetRows(view: view, base: DecisionFeed.baseURL(request), db: request.db)
        return try await rows.table(dataset).response(format, filename: "\(view.slug)-\(dataset.rawValue)")
    }
}
