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
        let notice: DecisionNotice
        let maker: String
        let status: NoticeStatus
    }

    let view: CouncilView
    let filter: Filter
    let rows: [Row]
    let makers: [FormField.Choice]
    let mayRun: Bool

    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let filter = try request.query.decode(Filter.self)
        var problems = FormCheck()
        let from = problems.optionalDate("from", filter.from, label: "From")
        let to = problems.optionalDate("to", filter.to, label: "To")
        let status: NoticeStatus? = (filter.status ?? "").isEmpty ? nil : problems.choice("status", filter.status, label: "Status")
        if !problems.isValid { throw Abort(.badRequest, reason: problems.problems.map(\.message).joined(separator: "; ")) }
        let mayRun = view.may(.runDecisions(council: view.councilID))
        let rows = try await load(view, mayRun: mayRun, on: request.db).filter { row in
            let day = (row.notice.decidedAt ?? row.notice.publishedAt).map(UKTime.day(of:))
            return ((filter.maker ?? "").isEmpty || row.notice.makerID.uuidString == filter.maker)
                && (from == nil || (day.map { $0 >= from! } ?? false))
                && (to == nil || (day.map { $0 <= to! } ?? false))
                && (status == nil || row.status == status)
                && ((filter.key ?? "").isEmpty || row.notice.isKey == (filter.key == "yes"))
                && ((filter.topic ?? "").isEmpty || row.notice.topic.localizedCaseInsensitiveContains(filter.topic!))
        }
        let makers = try await NoticeChoices.portfolioHolders(view.councilID, on: request.db).map { FormField.Choice(value: $0.id.uuidString, label: $0.name) }
        let page = DecisionRegisterPage(view: view, filter: filter, rows: rows, makers: makers, mayRun: mayRun)
        return Layout.response(page.render(in: request.layoutContext))
    }

    /// The notices this reader may see, newest first, each with its status as of now.
    static func load(_ view: CouncilView, mayRun: Bool, on db: Database) async throws -> [Row] {
        var query = DecisionNotice.query(on: db).filter(\.$councilID == view.councilID)
        if !mayRun { query = query.filter(\.$publishedAt != nil) }
        let notices = try await query.sort(\.$reference, .descending).all()
        let names = try await names(of: Councillor.self, ids: notices.map(\.makerID), on: db)
        let now = BeaconClock.current.now()
        return notices.map { Row(notice: $0, maker: names[$0.makerID] ?? "—", status: $0.status(at: now)) }
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Decisions register", context: context) {
            Node<HTML.BodyContext>.p(.text("Decisions of \(view.council.name)'s cabinet members: notices open for representations, and the record of each decision. "),
                                     .a(.href(SiteURL.forwardPlan(council: view.slug).path), .text("Forward plan of key decisions")), .text(" · "),
                                     .a(.href(SiteURL.meetingList(council: view.slug).path), .text("Meetings")), .text(" · "),
                                     .a(.href(SiteURL.decisionFeed(council: view.slug).path), .text("Atom feed of decisions")))
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
                              .td(.a(.href(SiteURL.decision(council: view.slug, .id(row.notice.id!)).path), .text(row.notice.topic))),
                              .td(.text(row.maker)), .td(.text(row.status.title)), .td(.text(row.notice.isKey ? "Yes" : "No")),
                              .td(.text(row.notice.decidedAt.map { UKTime.day(of: $0).long } ?? "—")))
                      }))
    }
}
