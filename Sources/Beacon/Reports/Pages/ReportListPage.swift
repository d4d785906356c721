import BeaconDomain
import Plot
import Vapor

/// A council's progress reports: every issued edition for anyone, with the Atom feed; for a
/// performance officer, the drafts too and the form that makes one from a template.
struct ReportListPage {
    let view: CouncilView
    let issued: [Report]
    let drafts: [Report]
    let scopeChoices: [FormField.Choice]
    var input = ReportDraftInput()
    var problems: FormView.Problems = []

    var mayPrepare: Bool { view.may(.prepareReports(council: view.councilID)) }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Reports", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("Progress and performance reports \(view.council.name) has "
                + "issued to its cabinet, committees and the public. An issued report never changes; a correction is "
                + "a new edition, and both stay here."))
            Node<HTML.BodyContext>.ul(.class("inline-links"),
                .li(.a(.href(SiteURL.reportFeed(council: view.slug).path), .text("New reports as an Atom feed"))))
            DownloadLinks.node(.reports, council: view.slug)
            Node<HTML.BodyContext>.h2(.text("Issued reports"))
            listing(issued, caption: "Issued reports", empty: "No report has been issued yet.")
            if mayPrepare {
                Node<HTML.BodyContext>.h2(.text("Drafts"))
                listing(drafts, caption: "Draft reports", empty: "There are no drafts.")
                Node<HTML.BodyContext>.h2(.id("make-a-report"), .text("Make a report"))
                FormView.errorSummary(problems)
                FormView.form(action: SiteURL.reportNew(council: view.slug).path, token: context.csrfToken,
                              submit: "Make the draft", fields: fields, problems: problems)
            }
        }
    }

    private var fields: [FormField] {
        [FormField(name: "template", label: "Template",
                   control: .select([.prompt("Choose a template")] + ReportTemplate.allCases.map {
                       .init(value: $0.rawValue, label: $0.title)
                   }), value: input.template ?? "", required: true),
         FormField(name: "scope_kind", label: "What a report of your own covers",
                   control: .select([.none] + ReportScopeKind.allCases.map { .init(value: $0.rawValue,
                       label: $0.title) }),
                   value: input.scopeKind ?? "", hint: "Only for a report of your own."),
         FormField(name: "scope_id", label: "Which unit, strategy or plan",
                   control: .select([.none] + scopeChoices), value: input.scopeID ?? "",
                   hint: "The strategy, for a progress report on a strategy; a partnership's report shows "
                       + "its councils' shared indicators side by side."),
         FormField(name: "from", label: "First period", control: .text(max: 12), value: input.from ?? "",
                   hint: "Such as 2026-27-q2 or 2026-27-h1. Leave empty for the template's usual period."),
         FormField(name: "to", label: "Last period", control: .text(max: 12), value: input.to ?? "",
                   hint: "For a run of periods, such as 2026-27-q1 to 2026-27-q3.")]
    }

    private func listing(_ reports: [Report], caption: String, empty: String) -> Node<HTML.BodyContext> {
        guard !reports.isEmpty else { return .p(.text(empty)) }
        return .table(
            .caption(.class("visually-hidden"), .text(caption)),
            .thead(.tr(.th("Report"), .th("Periods"), .th("Issued"), .th("Edition"))),
            .tbody(.forEach(reports) { report in
                .tr(.td(.a(.href(SiteURL.progressReport(council: view.slug, .id(report.id!)).path),
                           .text(report.title))),
                    .td(.text(report.span?.label ?? "—")),
                    .td(.text(ReportStanding.issuedLine(report) ?? "Not yet issued")),
                    .td(.text(report.stage == .superseded ? "\(report.edition) (superseded)" : "\(report.edition)")))
            }))
    }
}

/// How a report's standing is said, on its page, in lists and in the file.
enum ReportStanding {
    /// "Issued on 15 October 2026 by Tom Ridley to Cabinet, 16 December 2026, item 4" for a
    /// meeting's item; "… to Cabinet (what the officer wrote)" otherwise.
    static func issuedLine(_ report: Report) -> String? {
        guard let at = report.issuedAt else { return nil }
        let note = report.issuedToNote.flatMap { $0.isEmpty ? nil : $0 }
        let to: String
        switch (report.issuedTo, note) {
        case (.meeting, .some(let note)): to = " to \(note)"
        case (.some(let audience), .some(let note)): to = " to \(audience.title) (\(note))"
        case (.some(let audience), nil): to = " to \(audience.title)"
        case (nil, _): to = ""
        }
        return "Issued on \(UKTime.day(of: at).long) by \(report.issuedBy ?? "—")\(to)"
    }

    static func lines(_ report: Report) -> [String] {
        var lines: [String] = []
        if report.stage == .draft {
            lines.append("Draft: the figures are read from Beacon's data as it is now, and will change until "
                + "the report is issued.")
        } else if let issued = issuedLine(report) {
            lines.append(issued + ".")
        }
        if report.edition > 1, let reason = report.correctionReason {
            lines.append("Edition \(report.edition), correcting edition \(report.edition - 1): \(reason)")
        }
        if report.stage == .superseded {
            lines.append("This edition has been superseded by a correction.")
        }
        return lines
    }
}
