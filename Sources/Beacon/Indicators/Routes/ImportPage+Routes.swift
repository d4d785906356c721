import BeaconDomain
import Fluent
import Plot
import Vapor

extension ImportPage {
    static func register(on routes: RoutesBuilder) {
        let access = Access.action { .verifyIndicatorValues(council: $0.councilID) }
        routes.route(.GET, .indicatorImport(council: SiteURL.councilParameter), access: access) { request in
            let view = try await request.councilView()
            _ = try request.requireOwnCouncil(view)
            return Layout.response(ImportPage(view: view, text: "", check: nil).render(in: request.layoutContext(withForm: true)))
        }
        routes.route(.POST, .indicatorImport(council: SiteURL.councilParameter), access: access, body: .collect(maxSize: "2mb")) {
            try await submit($0)
        }
    }

    static func submit(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let signedIn = try request.requireOwnCouncil(view)
        let input = try request.content.decode(ImportInput.self)
        let text = input.text
        guard text.utf8.count <= maximumBytes else { throw Abort(.payloadTooLarge, reason: "The file is larger than 2 MB; split it into smaller files.") }
        let check = try await IndicatorImport.check(text, council: view.councilID, on: request.db)
        if input.confirm == "yes", !check.canImport {
            BeaconMetrics.imported(kind: "indicator values", accepted: 0, rejected: check.rejections.count)
        }
        if input.confirm == "yes", check.canImport {
            try await IndicatorImport.apply(check, council: view.council, by: signedIn, on: request.db)
            BeaconMetrics.imported(kind: "indicator values", accepted: check.rows.count, rejected: 0)
            request.flash("Imported \(check.rows.count) row\(check.rows.count == 1 ? "" : "s").")
            return request.redirect(to: SiteURL.indicatorList(council: view.slug, format: .html).path)
        }
        let page = ImportPage(view: view, text: text, check: check)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: check.canImport ? .ok : .unprocessableEntity)
    }
}
