import BeaconDomain
import Plot
import Vapor

/// The data protection officer's page: find a person's data (subject access, erasure), the
/// retention schedule, the daily job's runs, erasures done, and the access log.
struct PrivacyPage {
    let view: CouncilView
    let overview: PrivacyOverview
    var input: SubjectInput?
    var problems: FormView.Problems = []

    static func personFields(_ input: SubjectInput?) -> [FormField] {
        [FormField(name: "name", label: "Name", control: .text(max: 200), value: input?.name ?? "",
                   hint: "As the person gave it, such as Margaret Ellison", autocomplete: "off"),
         FormField(name: "email", label: "Email address", control: .email, value: input?.email ?? "",
                   autocomplete: "off"),
         FormField(name: "phone", label: "Phone number", control: .text(max: 40), value: input?.phone ?? "",
                   autocomplete: "off"),
         FormField(name: "reference", label: "Reference of a request or complaint", control: .text(max: 40),
                   value: input?.reference ?? "", hint: "Brings in the name and contact details on that record")]
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Privacy and personal data", context: context) {
            Node<HTML.BodyContext>.h2(.text("Find a person's data"))
            Node<HTML.BodyContext>.p(.text("Searches every record of \(view.council.name) for any of these, "
                + "ignoring case. The search is written to the audit trail and the access log."))
            FormView.errorSummary(problems)
            FormView.form(action: SiteURL.privacySearch(council: view.slug).path, token: context.csrfToken,
                          submit: "Search", fields: Self.personFields(input), problems: problems)
            Node<HTML.BodyContext>.h2(.text("Retention schedule"))
            retention
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.retention(council: view.slug).path), .text("Change the periods")),
                                     .text(" · "),
                                     .a(.href(SiteURL.accessLog(council: view.slug).path), .text("Access log")))
            Node<HTML.BodyContext>.h2(.text("Daily runs"))
            runs
            Node<HTML.BodyContext>.h2(.text("Erasures"))
            erasures
        }
    }

    private var retention: Node<HTML.BodyContext> {
        .table(.class("figures"), .caption(.text("How long personal details are kept")),
               .thead(.tr(.th(.text("Records")), .th(.text("Kept for")), .th(.text("Counted from")))),
               .tbody(.forEach(overview.periods) { period in
                   .tr(.td(.text(period.record.title)),
                       .td(.text("\(period.months) months" + (period.isDefault ? " (Beacon's default)" : ""))),
                       .td(.text(period.record.countedFrom)))
               }))
    }

    private var runs: Node<HTML.BodyContext> {
        guard !overview.runs.isEmpty else {
            return .p(.text("No daily run yet. The retention job runs each day from 03:00; "
                            + "`beacon retention run --dry-run` shows what it would do."))
        }
        return .table(.caption(.text("The last runs of daily jobs")),
                      .thead(.tr(.th(.text("Started")), .th(.text("Job")), .th(.text("Outcome")),
                                 .th(.text("Report")))),
                      .tbody(.forEach(overview.runs) { run in
                          .tr(.td(.text(UKTime.long(run.startedAt))), .td(.text(run.job)), .td(.text(run.outcome)),
                              .td(.forEach(run.report.split(separator: "\n")) { .p(.text(String($0))) }))
                      }))
    }

    private var erasures: Node<HTML.BodyContext> {
        guard !overview.erasures.isEmpty else { return .p(.text("Nothing has been erased.")) }
        return .ul(.forEach(overview.erasures) { erasure in
            .li(.p(.strong(.text(UKTime.long(erasure.erasedAt))), .text(" by \(erasure.byLabel): \(erasure.reason)")),
                .ul(.forEach(erasure.summary.split(separator: "\n")) { .li(.text(String($0))) }),
                .if(!erasure.held.isEmpty, .p(.text("Kept under a legal hold: " + erasure.held))))
        })
    }
}
