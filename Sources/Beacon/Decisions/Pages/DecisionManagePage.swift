import BeaconDomain
import Fluent
import Plot
import Vapor

/// Democratic services' page for one notice: the steps its status allows, and appendices
/// while it is a draft.
struct DecisionManagePage {
    let reading: NoticeReading
    let input: NoticeStepInput?
    let problems: FormView.Problems
    let now: Date

    var notice: DecisionNotice { reading.notice }
    var slug: String { reading.slug }

    func render(in context: LayoutContext) -> HTML {
        let status = notice.status(at: now)
        return Layout.page(title: "Work on \(notice.reference): \(notice.topic)", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.p(.text("Status: "), .strong(.text(status.title)), .text(". "),
                                     .a(.href(SiteURL.decision(council: slug, reading.ref).path), .text("Read the notice")))
            if status == .draft {
                Node<HTML.BodyContext>.p(.a(.href(SiteURL.decisionEdit(council: slug, reading.ref).path), .text("Change the draft")))
                AttachedFile.form(action: SiteURL.decisionAppendices(council: slug, reading.ref).path, heading: "Add an appendix", token: context.csrfToken)
                publishForm(token: context.csrfToken)
            }
            if status == .open || status == .referredBack { decideForm(token: context.csrfToken, reconsider: status == .referredBack) }
            if status == .referredToCabinet {
                Node<HTML.BodyContext>.p(.text("Enough members asked for referral: the decision is for the next cabinet meeting, and the portfolio holder cannot take it alone."))
            }
            if status == .decided, let effective = notice.effectiveAt {
                Node<HTML.BodyContext>.p(.text("The call-in period ends at \(UKTime.long(effective)); the decision then takes effect unless enough members call it in."))
            }
            if status == .calledIn { scrutinyForms(token: context.csrfToken) }
            if status == .draft || status == .open { stepButton(.withdraw, token: context.csrfToken) }
        }
    }

    private func stepButton(_ step: NoticeStep, token: String) -> Node<HTML.BodyContext> {
        FormView.form(action: SiteURL.decisionStep(council: slug, reading.ref, step: step.rawValue).path, token: token, submit: step.title,
                      fields: [], problems: [], hidden: [("version", String(notice.version))])
    }

    private func publishForm(token: String) -> Node<HTML.BodyContext> {
        .section(.h2(.text("Publish for representations")),
                 FormView.form(action: SiteURL.decisionStep(council: slug, reading.ref, step: NoticeStep.publish.rawValue).path, token: token,
                               submit: NoticeStep.publish.title, fields: [
                                   FormField(name: "deadline", label: "Deadline for representations", control: .dateTime, value: input?.deadline ?? "",
                                             hint: "UK time, for example 4 December 2026 at 17:00", required: true),
                                   FormField(name: "roles", label: "Send it to", control: .checkboxes(ConsulteeRole.choices),
                                             values: input?.roles ?? ConsulteeRole.allCases.filter { !$0.rawValue.hasPrefix("panel") && $0 != .wardMember }.map(\.rawValue),
                                             hint: "Each post holder today is found from job titles and councillors' positions"),
                                   FormField(name: "panel", label: "Panel", control: .text(max: 200), value: input?.panel ?? notice.panel ?? "",
                                             hint: "When a panel's chair or vice-chair is consulted, the panel's name as in councillors' positions"),
                               ], problems: problems, hidden: [("version", String(notice.version))]))
    }

    private func decideForm(token: String, reconsider: Bool) -> Node<HTML.BodyContext> {
        var fields = [
            FormField(name: "outcome", label: "Decision", control: .select([.prompt("Choose the decision")] + NoticeOutcome.choices), value: input?.outcome ?? "", required: true),
            FormField(name: "changes", label: "Changes to the proposed decision", control: .textarea(max: 8000), value: input?.changes ?? "", hint: "Needed when approved with changes"),
            FormField(name: "furtherAlternatives", label: "Further alternatives considered after publication", control: .textarea(max: 8000), value: input?.furtherAlternatives ?? ""),
            FormField(name: "declarations", label: "Declarations of interest", control: .textarea(max: 4000), value: input?.declarations ?? "",
                      hint: "By the decision maker or anyone consulted; leave empty if none"),
            FormField(name: "dispensations", label: "Dispensations granted by the standards committee", control: .textarea(max: 4000), value: input?.dispensations ?? ""),
        ]
        if notice.isKey && !reconsider {
            fields += [
                FormField(name: "keyRoute", label: "How notice of this key decision was given", control: .select([.prompt("Choose one")] + KeyDecisionRoute.choices),
                          value: input?.keyRoute ?? "", required: true),
                FormField(name: "exceptionNoticeOn", label: "Day the scrutiny chair was told (general exception)", control: .date, value: input?.exceptionNoticeOn ?? ""),
            ]
        }
        if !reconsider {
            fields += [
                FormField(name: "urgencyReason", label: "Why it is urgent", control: .textarea(max: 4000), value: input?.urgencyReason ?? "",
                          hint: "Only for an urgent decision, which is exempt from call-in"),
                FormField(name: "urgencyAgreedBy", label: "Who agreed it is urgent", control: .text(max: 200), value: input?.urgencyAgreedBy ?? ""),
            ]
        }
        let deadline = notice.deadline.map { "Representations close at \(UKTime.long($0)); the decision may be recorded from then." } ?? ""
        return .section(.h2(.text(reconsider ? "Record the reconsidered decision" : "Record the decision")),
                        .if(!reconsider, .p(.text(deadline))),
                        .unwrap(notice.scrutinyRecommendations) { .p(.text("Scrutiny's recommendations: \($0)")) },
                        FormView.form(action: SiteURL.decisionStep(council: slug, reading.ref, step: NoticeStep.decide.rawValue).path, token: token,
                                      submit: NoticeStep.decide.title, fields: fields, problems: problems, hidden: [("version", String(notice.version))]))
    }

    private func scrutinyForms(token: String) -> Node<HTML.BodyContext> {
        .section(.h2(.text("The scrutiny committee's outcome")),
                 stepButton(.letStand, token: token),
                 FormView.form(action: SiteURL.decisionStep(council: slug, reading.ref, step: NoticeStep.referBack.rawValue).path, token: token,
                               submit: NoticeStep.referBack.title,
                               fields: [FormField(name: "recommendations", label: "Scrutiny's recommendations", control: .textarea(max: 8000),
                                                  value: input?.recommendations ?? "", required: true)],
                               problems: problems, hidden: [("version", String(notice.version))]))
    }
}
