import BeaconDomain
import Fluent
import Plot
import Vapor

/// Complaints waiting on a step, the soonest deadline first and late ones marked, with the form
/// to log a new one.
struct ComplaintListPage {
    let view: CouncilView
    let rows: [(Complaint, (what: String, due: CalendarDate)?)]
    let units: [Unit]
    let services: [Service]
    let input: ComplaintInput?
    let problems: FormView.Problems

    /// Deadlines soonest first; complaints with none left come last.
    static func soonestFirst(_ first: CalendarDate?, _ second: CalendarDate?) -> Bool {
        guard let first else { return false }
        guard let second else { return true }
        return first < second
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Complaints", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.complaintList(council: view.slug).path), .text("Waiting on a step")), .text(" · "),
                                     .a(.href(SiteURL.complaintList(council: view.slug).path(query: [("all", "1")])), .text("Every complaint")), .text(" · "),
                                     .a(.href(SiteURL.complaintReport(council: view.slug).path), .text("Annual complaints performance report")))
            table
            Node<HTML.BodyContext>.h2(.text("Log a complaint"))
            FormView.form(action: SiteURL.complaintList(council: view.slug).path, token: context.csrfToken, submit: "Log complaint", fields: fields, problems: problems)
        }
    }

    private var table: Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.text("No complaint is waiting on a step.")) }
        return .table(.caption(.text("Soonest deadline first")),
                      .thead(.tr(.th(.text("Reference")), .th(.text("Received")), .th(.text("Stage")), .th(.text("Next step")), .th(.text("Due")))),
                      .tbody(.forEach(rows) { complaint, next in
                          .tr(.td(.a(.href(SiteURL.complaint(council: view.slug, .id(complaint.id!)).path), .text(complaint.reference))),
                              .td(.text(complaint.receivedOn.long)), .td(.text(complaint.dates.stage.title)),
                              .td(.text(next?.what ?? "—")),
                              .td(.text(next.map { $0.due.long + ($0.due < view.today ? " (late)" : "") } ?? "—")))
                      }))
    }

    private var fields: [FormField] {
        [FormField(name: "complainantName", label: "Complainant's name", control: .text(max: 200), value: input?.complainantName ?? "", required: true, autocomplete: "off"),
         FormField(name: "complainantContact", label: "Complainant's email, phone or address", control: .text(max: 500), value: input?.complainantContact ?? "", autocomplete: "off"),
         FormField(name: "unit", label: "Unit concerned", control: .select([.prompt("Choose a unit")] + units.choices), value: input?.unit ?? "", required: true),
         FormField(name: "service", label: "Service concerned", control: .select([.init(value: "", label: "None in particular")] + services.map { .init(value: $0.code, label: $0.name) }),
                   value: input?.service ?? ""),
         FormField(name: "about", label: "What the complaint is about", control: .textarea(max: 4_000), value: input?.about ?? "", required: true),
         FormField(name: "receivedOn", label: "Date received", control: .date, value: input?.receivedOn ?? view.today.iso, required: true)]
    }
}
