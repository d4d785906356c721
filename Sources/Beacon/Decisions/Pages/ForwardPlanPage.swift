import BeaconDomain
import Fluent
import Plot
import Vapor

/// The forward plan: every key decision still to be taken, with the matter, the decision
/// maker, when it is expected, the documents and how to send others (decisions spec). Each
/// entry is public from the day it enters the plan, even while its notice is a draft.
struct ForwardPlanPage {
    struct Entry {
        let notice: DecisionNotice
        let maker: String
        let makerTitle: String
    }

    let view: CouncilView
    let entries: [Entry]

    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let pending: [NoticeStatus] = [.draft, .open, .referredToCabinet]
        let notices = try await DecisionNotice.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$isKey == true)
            .filter(\.$statusName ~~ pending.map(\.rawValue)).sort(\.$expectedOn).sort(\.$reference).all()
        let names = try await names(of: Councillor.self, ids: notices.map(\.makerID), on: request.db)
        var entries: [Entry] = []
        for notice in notices {
            let title = try await NoticeChoices.makerTitle(notice.makerID, on: view.today, on: request.db)
            entries.append(Entry(notice: notice, maker: names[notice.makerID] ?? "—", makerTitle: title))
        }
        return Layout.response(ForwardPlanPage(view: view, entries: entries).render(in: request.layoutContext))
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Forward plan of key decisions", context: context) {
            Node<HTML.BodyContext>.p(.text("A key decision spends or saves more than \(Money.pounds(view.council.keyDecisionThresholdPence)), or significantly affects two or more wards. Each is listed here at least 28 clear days before it is taken, unless it is made under the general exception or special urgency, which its record then says."))
            Node<HTML.BodyContext>.p(.text("Documents are published with each notice in the "), .a(.href(SiteURL.decisionList(council: view.slug).path), .text("decisions register")),
                                     .text(". Anyone may send other documents about a matter to the democratic services officer named on its notice."))
            if entries.isEmpty {
                Node<HTML.BodyContext>.p(.text("No key decision is waiting to be taken."))
            } else {
                Node<HTML.BodyContext>.table(
                    .thead(.tr(.th(.text("Matter")), .th(.text("Decision maker")), .th(.text("Expected")), .th(.text("In the plan from")),
                               .th(.text("Documents")))),
                    .tbody(.forEach(entries) { entry in
                        .tr(.td(.text("\(entry.notice.reference): \(entry.notice.topic)")),
                            .td(.text("\(entry.maker), \(entry.makerTitle)")),
                            .td(.text(entry.notice.expectedOn.flatMap(CalendarDate.init(iso:))?.long ?? "Not yet fixed")),
                            .td(.text(entry.notice.forwardPlanOn.flatMap(CalendarDate.init(iso:))?.long ?? "—")),
                            .td(entry.notice.isPublic
                                ? .a(.href(SiteURL.decision(council: view.slug, .id(entry.notice.id!)).path), .text("The decision notice"))
                                : .text("The notice will be published for representations before the decision")))
                    }))
            }
        }
    }
}
