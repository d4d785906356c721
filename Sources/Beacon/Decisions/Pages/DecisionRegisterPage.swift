import BeaconDomain
import Fluent
import Plot
import Vapor

/// The public decisions register, filtered by decision maker, date, status, key decision and
/// topic. Democratic services also see drafts.
struct DecisionRegisterPage {
    struct Filter: Content {
        var maker: String?
        var from: String?
        var to: String?
        var status: String?
        var key: String?
        var topic: String?
    }

    struct Row {
        let notice: Listed
        let maker: String
        let status: NoticeStatus
    }

    let view: CouncilView
    let filter: Filter
    let rows: [Row]
    let makers: [FormField.Choice]
    let mayRun: Bool

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Decisions register", context: context) {
            Node<HTML.BodyContext>.p(.text("Decisions of \(view.council.name)'s cabinet members: notices open for representations, and the record of each decision. "),
                                     .a(.href(SiteURL.forwardPlan(council: view.slug).path), .text("Forward plan of key decisions")), .text(" · "),
                                     .a(.href(SiteURL.meetingList(council: view.slug).path), .text("Meetings")), .text(" · "),
                                     .a(.href(SiteURL.decisionFeed(council: view.slug).path), .text("Atom feed of decisions")))
            DownloadLinks.node(.decisions, council: view.slug)
            if mayRun { Node<HTML.BodyContext>.p(.a(.class("button"), .href(SiteURL.decisionNew(council: view.slug).path), .text("New decision notice"))) }
            filterForm()
            table()
        }
    }

    private func filterForm() -> Node<HTML.BodyContext> {
        let statuses = NoticeStatus.allCases.filter { mayRun || $0 != .draft }.map { FormField.Choice(value: $0.rawValue, label: $0.title) }
        let fields = [
            FormField(name: "maker", label: "Decision maker", control: .select([.init(value: "", label: "Any")] + makers), value: filter.maker ?? ""),
            FormField(name: "from", label: "From", control: .date, value: filter.from ?? ""),
            FormField(name: "to", label: "To", control: .date, value: filter.to ?? ""),
            FormField(name: "status", label: "Status", control: .select([.init(value: "", label: "Any")] + statuses), value: filter.status ?? ""),
            FormField(name: "key", label: "Key decision", control: .select([.init(value: "", label: "Any"), .init(value: "yes", label: "Key decisions"),
                                                                          .init(value: "no", label: "Not key")]), value: filter.key ?? ""),
            FormField(name: "topic", label: "Topic contains", control: .text(max: 100), value: filter.topic ?? ""),
        ]
        return .form(.method(.get), .action(SiteURL.decisionList(council: view.slug).path), .class("filters no-print"),
                     .forEach(fields) { FormView.field(for: $0, problem: nil) },
                     .button(.type(.submit), .class("button button-secondary"), .text("Filter")))
    }

    private func table() -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.text("No decision matches these filters.")) }
        return .table(.caption(.text("\(rows.count) decision notices")),
                      .thead(.tr(.th(.text("Reference")), .th(.text("Topic")), .th(.text("Decision maker")), .th(.text("Status")),
                                 .th(.text("Key")), .th(.text("Decided")))),
                      .tbody(.forEach(rows) { row in
                          .tr(.td(.text(row.notice.reference)),
                              .td(.a(.href(SiteURL.decision(council: view.slug, .id(row.notice.id)).path),
                                     .text(row.notice.topic))),
                              .td(.text(row.maker)), .td(.text(row.status.title)), .td(.text(row.notice.isKey ? "Yes" : "No")),
                              .td(.text(row.notice.decidedAt.map { UKTime.day(of: $0).long } ?? "—")))
                      }))
    }
}
