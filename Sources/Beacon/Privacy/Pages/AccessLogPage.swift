import BeaconDomain
import Plot
import Vapor

/// Who opened which sensitive record, and when, newest first.
struct AccessLogPage {
    let view: CouncilView
    let kind: AccessLog.Kind?
    let lines: [AccessLogEntry]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Access log", context: context) {
            Node<HTML.BodyContext>.p(.text("Each opening of a complaint, a service request or a subject access "
                + "search or export. Kept for the period set in the retention schedule."))
            Node<HTML.BodyContext>.form(.method(.get), .action(SiteURL.accessLog(council: view.slug).path),
                FormView.field(for: FormField(name: "kind", label: "Kind of record",
                                              control: .select([.init(value: "", label: "Any")]
                                                  + AccessLog.Kind.allCases.map {
                                                      .init(value: $0.rawValue, label: $0.rawValue)
                                                  }),
                                              value: kind?.rawValue ?? ""), problem: nil),
                .button(.type(.submit), .class("button"), .text("Show")))
            Node<HTML.BodyContext>.if(lines.isEmpty, .p(.text("No one has opened such a record.")), else: table)
        }
    }

    private var table: Node<HTML.BodyContext> {
        .table(.caption(.text("The latest \(lines.count) openings")),
               .thead(.tr(.th(.text("When")), .th(.text("Who")), .th(.text("Kind")), .th(.text("Record")))),
               .tbody(.forEach(lines) { line in
                   .tr(.td(.text(UKTime.long(line.openedAt))), .td(.text(line.actorLabel)), .td(.text(line.recordType)),
                       .td(record(line)))
               }))
    }

    private func record(_ line: AccessLogEntry) -> Node<HTML.BodyContext> {
        guard let id = line.recordID else { return .text(line.recordTitle) }
        switch AccessLog.Kind(rawValue: line.recordType) {
        case .complaint: return .a(.href(SiteURL.complaint(council: view.slug, .id(id)).path), .text(line.recordTitle))
        case .serviceRequest:
            return .a(.href(SiteURL.serviceRequest(council: view.slug, .id(id)).path), .text(line.recordTitle))
        default: return .text(line.recordTitle)
        }
    }
}
