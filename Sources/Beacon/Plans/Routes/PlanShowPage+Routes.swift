import BeaconDomain
import Fluent
import Plot
import Vapor

extension PlanShowPage {
    static func handle(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        let document = try await request.planDocument(reading)
        let revisions = try await request.readableRevisions(reading)
        let notices = try await DecisionNotice.query(on: request.db).filter(\.$subjectPlanID == reading.planID).filter(\.$publishedAt != nil)
            .sort(\.$reference).all()
        let tools = toolbar(reading, revisions: revisions, notices: notices)
        let html = documentPage(document, context: request.layoutContext, before: tools)
        return Layout.response(html)
    }

    static func revision(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        let number = Int(request.parameters.get("revision") ?? "") ?? 0
        let document = try await request.planRevisionDocument(reading, number: number)
        let note = Node<HTML.BodyContext>.p(.class("plan-tools"), .text("Revision \(number) as approved. "),
                                            .a(.href(SiteURL.plan(council: reading.slug, .id(reading.planID)).path), .text("Back to the plan")))
        return Layout.response(documentPage(document, context: request.layoutContext, before: [note]))
    }

    static func download(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        let document = try await request.planDocument(reading)
        var headers = HTTPHeaders()
        headers.contentType = .html
        let name = document.title.lowercased().replacingOccurrences(of: "[^a-z0-9]+", with: "-", options: .regularExpression)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name).html\"")
        return Response(status: .ok, headers: headers, body: .init(string: PlanDocumentFile.html(document)))
    }
}
