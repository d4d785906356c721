import BeaconDomain
import Fluent
import Plot
import Vapor

/// A department's queue of service requests: overdue first, then by due date. Officers and
/// heads of unit see their own units' queues only; others choose a department.
struct RequestQueuePage {
    let view: CouncilView
    let requests: [ServiceRequest]
    let services: [UUID: String]
    let departments: [Unit]
    let chosen: UUID?
    let showFinished: Bool
    let mayRaise: Bool

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Service requests", context: context) {
            if mayRaise {
                Node<HTML.BodyContext>.p(.a(.class("button"), .href(SiteURL.requestNew(council: view.slug).path),
                    .text("Raise a request")),
                                         .text(" "), .a(.href(SiteURL.open311Approvals(council: view.slug).path),
                                                        .text("Open311 requests waiting for approval")))
            }
            Node<HTML.BodyContext>.form(.method(.get), .action(SiteURL.requestList(council: view.slug).path), .class("filters"),
                FormView.field(for: FormField(name: "department", label: "Department", control: .select([.init(value: "", label: "Every department")] + departments.choices),
                                              value: chosen?.uuidString ?? ""), problem: nil),
                FormView.field(for: FormField(name: "finished", label: "Show", control: .select([.init(value: "", label: "Requests still open"), .init(value: "1", label: "Every request")]),
                                              value: showFinished ? "1" : ""), problem: nil),
                .button(.type(.submit), .class("button"), .text("Show queue")))
            table
        }
    }

    private var table: Node<HTML.BodyContext> {
        guard !requests.isEmpty else { return .p(.text("No request is waiting.")) }
        return .table(.caption(.text("Overdue first, then by the day each is due")),
                      .thead(.tr(.th(.text("Reference")), .th(.text("Service")), .th(.text("Raised")), .th(.text("Due")), .th(.text("Status")))),
                      .tbody(.forEach(requests) { item in
                          .tr(.td(.a(.href(SiteURL.serviceRequest(council: view.slug, .id(item.id!)).path), .text(item.reference))),
                              .td(.text(services[item.serviceID] ?? "—")), .td(.text(UKTime.long(item.raisedAt))),
                              .td(.text(item.due.long + (item.isOverdue(today: view.today) ? " (overdue)" : ""))),
                              .td(.text(item.status.title + (item.withinStandard.map { $0 ? ", within standard" : ", late" } ?? ""))))
                      }))
    }
}
