import BeaconDomain
import Fluent
import Plot
import Vapor

/// One service request: what, where, who reported it, its due date and updates, and the form
/// its department uses to move it on.
struct RequestShowPage {
    let view: CouncilView
    let request: ServiceRequest
    let service: Service?
    let department: String
    let updates: [RequestUpdate]
    let mayWork: Bool
    let problems: FormView.Problems

    static func load(_ request: Request) async throws -> (CouncilView, SignedIn, ServiceRequest) {
        let (view, signedIn) = try await request.serviceCentre(Action.readRequests)
        guard let id = request.parameters.get("id", as: UUID.self),
              let found = try await ServiceRequest.query(on: request.db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no service request with that id in \(view.council.name).")
        }
        return (view, signedIn, found)
    }

    static func handle(_ request: Request, problems: FormView.Problems = []) async throws -> Response {
        let (view, _, found) = try await load(request)
        let updates = try await RequestUpdate.query(on: request.db).filter(\.$requestID == found.requireID()).sort(\.$at).all()
        let page = RequestShowPage(view: view, request: found, service: try await Service.find(found.serviceID, on: request.db),
                                   department: try await Unit.find(found.departmentID, on: request.db)?.name ?? "—", updates: updates,
                                   mayWork: view.may(.workOnRequests(council: view.councilID, unit: found.departmentID)), problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func update(_ request: Request) async throws -> Response {
        let (view, signedIn, found) = try await load(request)
        try request.require(.workOnRequests(council: view.councilID, unit: found.departmentID))
        let input = try request.content.decode(RequestUpdateInput.self)
        do {
            try await RequestWrite.update(found, input, council: view.council, by: signedIn, on: request.db)
        } catch let failed as ValidationFailed {
            return try await handle(request, problems: failed.problems)
        }
        request.flash("\(found.reference) is updated.")
        return request.redirect(to: SiteURL.serviceRequest(council: view.slug, .id(try found.requireID())).path)
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Service request \(request.reference)", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.element(named: "dl", nodes: facts.map { term, detail in
                .group([.element(named: "dt", text: term), .element(named: "dd", text: detail)])
            })
            Node<HTML.BodyContext>.h2(.text("Updates"))
            Node<HTML.BodyContext>.ol(.forEach(updates) { update in
                .li(.text("\(UKTime.long(update.at)) – \(update.status.title) – \(update.note) (\(update.by))"))
            })
            if mayWork && !request.status.isFinished { updateForm(context) }
        }
    }

    private var facts: [(String, String)] {
        let questions = service?.questions ?? []
        return [("Service", service?.name ?? "—"), ("Department", department), ("Status", request.status.title),
                ("Raised", "\(UKTime.long(request.raisedAt)), by \(request.raisedVia)"),
                ("Due", request.due.long + (request.isOverdue(today: view.today) ? " (overdue)" : "")),
                ("Closed", request.closedOn.flatMap(CalendarDate.init(iso:)).map { $0.long + (request.withinStandard == true ? ", within standard" : request.withinStandard == false ? ", after the standard" : "") } ?? "—"),
                ("What needs doing", request.details)]
            + questions.compactMap { question in request.answers[question.code].map { (question.prompt, $0) } }
            + [("Address", request.address ?? "—"),
               ("Location", request.latitude.map { "\($0), \(request.longitude ?? 0)" } ?? "—"),
               ("Reported by", [request.reporterName, request.reporterEmail, request.reporterPhone].compactMap { $0 }.joined(separator: ", ").nilIfEmpty ?? "—")]
    }

    private func updateForm(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        .group(.h2(.text("Update this request")),
               FormView.form(action: SiteURL.requestUpdates(council: view.slug, .id(request.id!)).path, token: context.csrfToken, submit: "Save update",
                             fields: [FormField(name: "status", label: "Status", control: .select(request.status.next.map { .init(value: $0.rawValue, label: $0.title) }),
                                                value: request.statusName, required: true),
                                      FormField(name: "note", label: "Note", control: .textarea(max: 2_000), hint: "What was done, or why it was rejected")],
                             problems: problems, hidden: [("version", String(request.version))]))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
