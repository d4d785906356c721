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
                ("Closed", request.closedOn.map { $0.long + (request.withinStandard == true ? ", within standard" : request.withinStandard == false ? ", after the standard" : "") } ?? "—"),
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
                                                value: request.status.rawValue, required: true),
                                      FormField(name: "note", label: "Note", control: .textarea(max: 2_000), hint: "What was done, or why it was rejected")],
                             problems: problems, hidden: [("version", String(request.version))]))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
