import BeaconDomain
import Fluent
import Plot
import Vapor

/// One complaint: what it is about, every deadline with what was done and whether in time,
/// the responses, and a form for each step that can be taken now, for those who may.
struct ComplaintShowPage {
    let view: CouncilView
    let complaint: Complaint
    let unit: String
    let mayRespond: Bool
    /// The step whose form is shown: chosen by link, else the first that can be taken.
    let chosen: ComplaintStep?
    let problems: FormView.Problems

    func render(in context: LayoutContext) -> HTML {
        let deadlines = complaint.deadlines(view.council)
        return Layout.page(title: "Complaint \(complaint.reference)", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.element(named: "dl", nodes: facts.map { .group([.element(named: "dt", text: $0.0), .element(named: "dd", text: $0.1)]) })
            Node<HTML.BodyContext>.h2(.text("Deadlines"))
            deadlineTable(deadlines)
            if mayRespond, let chosen {
                let others = ComplaintStep.allCases.filter { $0.isAllowed(complaint.dates) && $0 != chosen }
                stepForm(chosen, context)
                if !others.isEmpty {
                    Node<HTML.BodyContext>.p(.text("Or: "), .forEach(others) { step in
                        .a(.href(SiteURL.complaint(council: view.slug, .id(complaint.id!)).path(query: [("step", step.rawValue)])), .text(step.title + " "))
                    })
                }
            }
        }
    }

    private var facts: [(String, String)] {
        func outcome(_ chosen: ComplaintOutcome?) -> String { chosen?.title ?? "—" }
        return [("Complainant", [complainant, complaint.complainantContact].compactMap { $0 }.joined(separator: ", ")), ("Unit concerned", unit),
                ("About", complaint.about), ("Stage", complaint.dates.stage.title),
                ("Stage 1 outcome", outcome(complaint.stage1Outcome)), ("Stage 2 outcome", outcome(complaint.stage2Outcome)),
                ("Remedy", complaint.remedy.nilIfEmpty ?? "—"), ("What was learned", complaint.learning.nilIfEmpty ?? "—"),
                ("Ombudsman", complaint.ombudsmanReferredOn.map { "Referred \($0.long); finding: \(outcome(complaint.ombudsmanOutcome))" + (complaint.ombudsmanDecision.map { " – \($0)" } ?? "") } ?? "Not referred")]
    }

    private var complainant: String { complaint.complainantName }

    private func deadlineTable(_ deadlines: ComplaintDeadlines) -> Node<HTML.BodyContext> {
        let dates = complaint.dates
        let rows: [(String, CalendarDate?, CalendarDate?, String?)] = [
            ("Acknowledge", deadlines.acknowledge, dates.acknowledged, nil),
            ("Stage 1 response", deadlines.stage1Response, dates.stage1Responded, complaint.stage1ExtensionReason.map { "Extended by \(complaint.stage1ExtensionDays ?? 0) working days: \($0)" }),
            ("Acknowledge the escalation", deadlines.stage2Acknowledge, dates.stage2Acknowledged, dates.escalated.map { "Escalated \($0.long)" }),
            ("Stage 2 response", deadlines.stage2Response, dates.stage2Responded, complaint.stage2ExtensionReason.map { "Extended by \(complaint.stage2ExtensionDays ?? 0) working days: \($0)" }),
        ]
        return .table(.thead(.tr(.th(.text("Step")), .th(.text("Due")), .th(.text("Done")), .th(.text("In time")), .th(.text("Note")))),
                      .tbody(.forEach(rows.filter { $0.1 != nil }) { step, due, done, note in
                          .tr(.th(.attribute(named: "scope", value: "row"), .text(step)), .td(.text(due!.long)), .td(.text(done?.long ?? "Not yet")),
                              .td(.text(done.map { $0 <= due! ? "Yes" : "No, late" } ?? (view.today > due! ? "Late" : "—"))), .td(.text(note ?? "")))
                      }))
    }

    private func stepForm(_ step: ComplaintStep, _ context: LayoutContext) -> Node<HTML.BodyContext> {
        let limits = view.council.complaintLimits
        var fields = step == .recordOmbudsman ? [] : [FormField(name: "on", label: "Date", control: .date, value: view.today.iso, required: true)]
        switch step {
        case .extendStage1, .extendStage2:
            let most = step == .extendStage1 ? limits.stage1MaximumExtension : limits.stage2MaximumExtension
            fields = [FormField(name: "days", label: "Extra working days", control: .number, hint: "At most \(most)", required: true),
                      FormField(name: "reason", label: "Reason, as told to the complainant", control: .textarea(max: 2_000), required: true)]
        case .respondStage1, .respondStage2:
            fields += [FormField(name: "outcome", label: "Outcome", control: .select([.prompt("Choose the outcome")] + ComplaintOutcome.choices), required: true),
                       FormField(name: "remedy", label: "Remedy", control: .textarea(max: 4_000), value: complaint.remedy, hint: "What was put right, if anything"),
                       FormField(name: "learning", label: "What was learned", control: .textarea(max: 4_000), value: complaint.learning)]
        case .recordOmbudsman:
            fields = [FormField(name: "outcome", label: "The ombudsman's finding", control: .select([.prompt("Choose the finding")] + ComplaintOutcome.choices), required: true),
                      FormField(name: "decision", label: "The ombudsman's decision and any remedy", control: .textarea(max: 4_000), required: true)]
        default: break
        }
        return .section(.h2(.text(step.title)),
                        FormView.form(action: SiteURL.complaintStep(council: view.slug, .id(complaint.id!), step: step.rawValue).path, token: context.csrfToken,
                                      submit: step.title, fields: fields, problems: problems, hidden: [("version", String(complaint.version))]))
    }
}
