import BeaconDomain
import Plot
import Vapor

/// A resident follows a request by its reference: the service, its public status, when it was
/// made and is due, and each change of status with its date. Never anyone's details or notes.
struct ResidentTrackPage {
    let view: CouncilView
    let reference: String
    let found: (request: ServiceRequest, service: String, updates: [RequestUpdate])?

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Follow a request", context: context) {
            Node<HTML.BodyContext>.form(.method(.get), .action(SiteURL.track(council: view.slug).path),
                FormView.field(for: FormField(name: "reference", label: "Reference", control: .text(max: 40),
                    value: reference,
                                              hint: "As we gave it, like SR-2026-000123"), problem: nil),
                .button(.type(.submit), .class("button"), .text("Find")))
            if let found {
                details(found.request, service: found.service, updates: found.updates)
            } else if !reference.isEmpty {
                Node<HTML.BodyContext>.p(.text("There is no request \(reference) at \(view.council.name). "
                    + "Check the reference, which is in the email or page you were given."))
            }
        }
    }

    private func details(_ request: ServiceRequest, service: String,
        updates: [RequestUpdate]) -> Node<HTML.BodyContext> {
        .section(.h2(.text("\(request.reference): \(service)")),
                 .dl(.dt(.text("Status")), .dd(.text(request.status.title)),
                     .dt(.text("Made")), .dd(.text(request.raisedOn.long)),
                     .dt(.text(request.status.isFinished ? "Was due" : "Due by")), .dd(.text(request.dueOn.long))),
                 .h3(.text("What has happened")),
                 .ol(.forEach(updates) { update in
                     .li(.text("\(UKTime.day(of: update.at).long): \(update.status.title)"))
                 }))
    }
}
