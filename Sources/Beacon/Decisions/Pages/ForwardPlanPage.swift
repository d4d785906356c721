import BeaconDomain
import Fluent
import Plot
import Vapor

/// The forward plan: every key decision still to be taken — cabinet members' notices and
/// key items on coming meetings' agendas — with the matter, the decision maker, when it is
/// expected, the documents and how to send others (decisions spec). A notice's entry is
/// public from the day it enters the plan, even while the notice is a draft.
struct ForwardPlanPage {
    struct Entry {
        let matter: String
        let maker: String
        let expected: String
        let listedFrom: String
        let documents: (label: String, url: SiteURL)?
    }

    let view: CouncilView
    let entries: [Entry]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Forward plan of key decisions", context: context) {
            Node<HTML.BodyContext>.p(.text("A key decision spends or saves more than \(Money.pounds(view.council.keyDecisionThresholdPence)), or significantly affects two or more wards. Each is listed here at least 28 clear days before it is taken, unless it is made under the general exception or special urgency, which its record then says."))
            Node<HTML.BodyContext>.p(.text("Documents are published with each notice in the "), .a(.href(SiteURL.decisionList(council: view.slug).path), .text("decisions register")),
                                     .text(" and with each meeting's agenda. Anyone may send other documents about a matter to the democratic services officer named on its notice, or to democratic services for a meeting."))
            DownloadLinks.node(.forwardPlan, council: view.slug)
            if entries.isEmpty {
                Node<HTML.BodyContext>.p(.text("No key decision is waiting to be taken."))
            } else {
                Node<HTML.BodyContext>.table(
                    .thead(.tr(.th(.text("Matter")), .th(.text("Decision maker")), .th(.text("Expected")), .th(.text("In the plan from")), .th(.text("Documents")))),
                    .tbody(.forEach(entries) { entry in
                        .tr(.td(.text(entry.matter)), .td(.text(entry.maker)), .td(.text(entry.expected)), .td(.text(entry.listedFrom)),
                            .td(entry.documents.map { .a(.href($0.url.path), .text($0.label)) } ?? .text("The notice will be published for representations before the decision")))
                    }))
            }
        }
    }
}
