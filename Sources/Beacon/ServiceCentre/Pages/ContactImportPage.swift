import BeaconDomain
import Fluent
import Plot
import Vapor

/// Uploading a call-record file: the file streams to disk, the import runs in the background,
/// and the run's page shows its progress, reloading itself until the import is done.
struct ContactImportPage {
    let view: CouncilView
    let runs: [ContactImportRun]
    let now: Date

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Import call records", context: context) {
            Node<HTML.BodyContext>.p(.text("A CSV file with a header row naming the columns contact_id, channel, queue, arrived_at, answered_at, ended_at, agent and outcome, in any order. A contact already imported from the same source is skipped, so a file can be sent again; rows that cannot be read are listed with their line and reason, and the rest go in."))
            Node<HTML.BodyContext>.form(.method(.post), .action(SiteURL.contactImports(council: view.slug).path), .enctype(.multipartData),
                                        FormView.tokenField(context.csrfToken),
                                        FormView.field(for: FormField(name: "source", label: "Source", control: .text(max: 100), value: "telephony",
                                                                      hint: "The system the records come from; contact ids are unique within it", required: true), problem: nil),
                                        .div(.class("field"), .label(.for("field-file"), .text("File")),
                                             .input(.type(.file), .id("field-file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv"))),
                                        .button(.type(.submit), .class("button"), .text("Import")))
            Node<HTML.BodyContext>.p(.text("Large files can also be imported on the server: "), .code(.text("beacon import contacts FILE --council \(view.slug)")), .text("."))
            Node<HTML.BodyContext>.h2(.text("Recent imports"))
            runsTable
        }
    }

    private var runsTable: Node<HTML.BodyContext> {
        guard !runs.isEmpty else { return .p(.text("No file has been imported yet.")) }
        return .table(.thead(.tr(.th(.text("File")), .th(.text("Started")), .th(.text("State")), .th(.text("Imported")), .th(.text("Already there")), .th(.text("Refused")))),
                      .tbody(.forEach(runs) { run in
                          .tr(.td(.a(.href(SiteURL.contactImport(council: view.slug, .id(run.id!)).path), .text(run.fileName))),
                              .td(.text(UKTime.long(run.startedAt))), .td(.text(ContactImportRunPage.state(run, now: now))),
                              .td(.text(Money.grouped(run.inserted))), .td(.text(Money.grouped(run.duplicates))), .td(.text(Money.grouped(run.rejected))))
                      }))
    }
}

/// One import's progress and outcome.
struct ContactImportRunPage {
    let run: ContactImportRun
    let now: Date

    static func state(_ run: ContactImportRun, now: Date) -> String {
        if run.stoppedPartWay(at: now) { return "Stopped part-way" }
        return run.failure != nil ? "Stopped" : run.isFinished ? "Finished" : "Running"
    }

    static let stoppedPartWay = "Beacon stopped while this import ran, so it did not finish. What is counted here went in; "
        + "import the same file again to finish: rows already in are skipped."

    func render(in context: LayoutContext) -> HTML {
        let stopped = run.stoppedPartWay(at: now)
        return Layout.page(title: "Import of \(run.fileName)", context: context, refreshSeconds: run.isFinished || stopped ? nil : 2, nodes: [
            .p(.text("From \(run.source), started \(UKTime.long(run.startedAt)). \(Self.state(run, now: now)).")),
            .if(stopped, .p(.class("error-message"), .text(Self.stoppedPartWay))),
            .div(.class("field"),
                 .label(.for("import-progress"), .text("Rows read")),
                 .element(named: "progress", nodes: [.id("import-progress"), .attribute(named: "max", value: String(max(run.totalRows, 1))),
                                                     .attribute(named: "value", value: String(run.rowsRead)), .text("\(run.rowsRead) of \(run.totalRows)")]),
                 .p(.text("\(Money.grouped(run.rowsRead)) of \(Money.grouped(run.totalRows)) rows read."))),
            .p(.text(ImportReport.summary(run))),
            .unwrap(run.failure) { .p(.class("error-message"), .text($0)) },
            .if(!run.problems.isEmpty, .group(
                .h2(.text("Rows refused")),
                .if(run.rejected > ContactImport.problemsListed, .p(.text("The first \(ContactImport.problemsListed) of \(Money.grouped(run.rejected)):"))),
                .ul(.forEach(run.problems.split(separator: "\n")) { .li(.text(String($0))) }))),
        ])
    }
}
