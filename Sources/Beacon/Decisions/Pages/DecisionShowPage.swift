import BeaconDomain
import Fluent
import Plot
import Vapor

/// One decision notice as the public reads it, with the forms its consultees and members
/// may use while they are open: a representation, a referral request, a call-in request.
struct DecisionShowPage {
    let reading: NoticeReading
    let record: NoticeRecord
    let mayRepresent: Bool
    let mayAskReferral: Bool
    let mayAskCallIn: Bool
    let now: Date

    func render(in context: LayoutContext) -> HTML {
        let ref = reading.ref
        return Layout.page(title: "\(reading.notice.reference): \(reading.notice.topic)", context: context) {
            Node<HTML.BodyContext>.p(.class("no-print"), .a(.href(SiteURL.decisionList(council: reading.slug).path), .text("Decisions register")),
                                     .if(reading.mayRun, .group(.text(" · "), .a(.href(SiteURL.decisionManage(council: reading.slug, ref).path), .text("Work on this notice")))))
            NoticeDocumentView(record: record, slug: reading.slug, now: now).node()
            responses(token: context.csrfToken)
        }
    }

    private func responses(token: String) -> Node<HTML.BodyContext> {
        let ref = reading.ref
        return .if(mayRepresent || mayAskReferral || mayAskCallIn, .section(.class("no-print"),
            .h2(.text("Your response")),
            .if(mayRepresent, FormView.form(
                action: SiteURL.decisionResponse(council: reading.slug, ref, kind: NoticeResponseKind.representation.rawValue).path,
                token: token, submit: "Send representation",
                fields: [FormField(name: "text", label: "Your representation", control: .textarea(max: 8000),
                                   hint: "It is published with the record of the decision, with your name", required: true)],
                problems: [])),
            .if(mayAskReferral, .group(
                .p(.text("If \(reading.view.council.referralThreshold) different members ask, the notice goes to the next cabinet meeting and the portfolio holder cannot decide it alone.")),
                button(.referral, "Ask for referral to cabinet", token: token))),
            .if(mayAskCallIn, .group(
                .p(.text("If \(reading.view.council.callInThreshold) different members ask before the call-in period ends, the decision goes to the scrutiny committee.")),
                button(.callIn, "Ask for this decision to be called in", token: token)))))
    }

    private func button(_ kind: NoticeResponseKind, _ label: String, token: String) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(SiteURL.decisionResponse(council: reading.slug, reading.ref, kind: kind.rawValue).path),
              FormView.tokenField(token), .button(.type(.submit), .class("button button-secondary"), .text(label)))
    }
}
