import BeaconDomain
import Plot
import Vapor

/// The Open311 requests waiting for approval, oldest first, each with what the app sent and
/// the two decisions.
struct Open311ApprovalPage {
    let view: CouncilView
    let waiting: [(pending: Open311Pending, form: Open311Submission)]
    var problems: FormView.Problems = []

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Open311 requests waiting for approval", context: context) {
            FormView.errorSummary(problems)
            if waiting.isEmpty { Node<HTML.BodyContext>.p(.text("Nothing is waiting.")) }
            Node<HTML.BodyContext>.forEach(waiting) { item in
                section(item.pending, item.form, token: context.csrfToken)
            }
        }
    }

    private func section(_ pending: Open311Pending, _ form: Open311Submission,
                         token: String) -> Node<HTML.BodyContext> {
        let ref = RecordRef.id(pending.id ?? UUID())
        return .section(
            .h2(.text("\(pending.serviceCode) from \(pending.client)")),
            .dl(.dt(.text("Received")), .dd(.text(UKTime.long(pending.receivedAt))),
                .dt(.text("What they said")), .dd(.text(form["description"] ?? "—")),
                .dt(.text("Where")), .dd(.text(form["address_string"]
                    ?? [form["lat"], form["long"]].compactMap { $0 }.joined(separator: ", ")))),
            .form(.method(.post), .action(SiteURL.open311Decision(council: view.slug, ref, step: "approve").path),
                  FormView.tokenField(token), .button(.type(.submit), .class("button"), .text("Approve and raise"))),
            // Each waiting request has a refusal form: its field's id is the request's, to stay unique.
            .form(.method(.post), .action(SiteURL.open311Decision(council: view.slug, ref, step: "refuse").path),
                  FormView.tokenField(token),
                  .div(.class("field"),
                       .label(.for("reason-\(ref.segment)"), .text("Why it is refused")),
                       .input(.type(.text), .id("reason-\(ref.segment)"), .name("reason"),
                              .attribute(named: "maxlength", value: "500"))),
                  .button(.type(.submit), .class("button"), .text("Refuse"))))
    }
}
