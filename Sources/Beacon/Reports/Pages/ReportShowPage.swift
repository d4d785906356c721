import BeaconDomain
import Plot
import Vapor

/// One report as a document: an issued edition drawn from its frozen content, a draft from
/// live data. A performance officer sees the draft's tools (edit, issue) or an issued
/// edition's correction form; everyone gets the PDF and each table as CSV.
struct ReportShowPage {
    let view: CouncilView
    let report: Report
    let content: ReportContent
    /// The later edition that corrects this one, once started.
    let correction: Report?
    let agendaItems: [FormField.Choice]
    var problems: FormView.Problems = []

    var mayPrepare: Bool { view.may(.prepareReports(council: view.councilID)) }

    var document: ReportDocument {
        let slug = view.slug
        let id = report.id!
        return ReportDocument(content: content, standing: ReportStanding.lines(report), tableLink: { number in
            SiteURL.reportTable(council: slug, .id(id), table: "\(number).csv").path
        })
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: content.title, context: context, extraStylesheet: .planStylesheet,
                    nodes: [tools(context)] + [.element(named: "article", nodes: [.class("plan-document")]
                        + document.body())])
    }

    private func tools(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        let id = RecordRef.id(report.id!)
        return .div(.class("plan-tools"),
            FormView.errorSummary(problems),
            .ul(.class("inline-links"),
                .li(.a(.href(SiteURL.reportPDF(council: view.slug, id).path), .text("Download as PDF"))),
                .li(.a(.href(SiteURL.reportList(council: view.slug).path), .text("All reports"))),
                .unwrap(correction) { later in
                    .li(.a(.href(SiteURL.progressReport(council: view.slug, .id(later.id!)).path),
                           .text("Edition \(later.edition) (\(later.stage.title.lowercased()))")))
                },
                .unwrap(report.supersedesID) { earlier in
                    .li(.a(.href(SiteURL.progressReport(council: view.slug, .id(earlier)).path),
                           .text("Edition \(report.edition - 1)")))
                },
                .if(mayPrepare && report.stage.mayEdit,
                    .li(.a(.href(SiteURL.reportEdit(council: view.slug, id).path), .text("Edit the draft"))))),
            .if(mayPrepare && report.stage.mayIssue, issueForm(context)),
            .if(mayPrepare && report.stage.mayCorrect && correction == nil, correctForm(context)))
    }

    private func issueForm(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        .section(.h2(.text("Issue this report")),
                 .p(.text("Issuing freezes every figure, narrative and chart as they are now. The report is then "
                     + "public and never changes; a mistake is put right by a corrected edition.")),
                 FormView.form(action: SiteURL.reportIssue(council: view.slug, .id(report.id!)).path,
                               token: context.csrfToken, submit: "Issue the report", fields: [
                                   FormField(name: "issued_to", label: "Issued to",
                                             control: .select(ReportAudience.allCases.map {
                                                 .init(value: $0.rawValue, label: $0.title)
                                             }), value: report.template.audience.rawValue, required: true),
                                   FormField(name: "agenda_item_id", label: "Agenda item",
                                             control: .select([.none] + agendaItems),
                                             hint: "Where the report goes to a meeting: it is linked from the item."),
                                   FormField(name: "issued_to_note", label: "Meeting or committee, in words",
                                             control: .text(max: 200)),
                               ], problems: problems, hidden: [("version", String(report.version))]))
    }

    private func correctForm(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        .section(.h2(.text("Correct this report")),
                 .p(.text("A correction starts a draft of the next edition. This edition stays readable, and is "
                     + "marked superseded when the correction is issued.")),
                 FormView.form(action: SiteURL.reportCorrect(council: view.slug, .id(report.id!)).path,
                               token: context.csrfToken, submit: "Start a correction", fields: [
                                   FormField(name: "correction_reason", label: "Why it is corrected",
                                             control: .textarea(max: 2_000), required: true),
                               ], problems: problems))
    }
}
