import BeaconDomain
import Fluent
import Plot
import Vapor

/// The home page: for the public, what Beacon is; for a signed-in user, what their role lets
/// them do here, and for a councillor, the positions they hold.
struct HomePage {
    let signedIn: SignedIn?
    let positions: [Position]
    let councils: [CouncilLink]
    let owed: [OwedValue]
    let noticesSent: [DecisionNotice]
    var owedReports: [OwedReport] = []

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: signedIn == nil ? "Beacon" : "Your home page", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("Beacon is where the council plans its services, measures how they perform, takes and records its decisions and runs its customer service centre."))
            signedIn.map(signedInSection) ?? publicSection
        }
    }

    private var publicSection: Node<HTML.BodyContext> {
        .group(
            .h2(.text("Councils using Beacon")),
            .ul(.forEach(councils) { council in
                .li(.text(council.name + ": "), .a(.href(SiteURL.planList(council: council.slug).path), .text("business plans and strategies")),
                    .text(", "), .a(.href(SiteURL.decisionList(council: council.slug).path), .text("decisions")),
                    .text(", "), .a(.href(SiteURL.meetingList(council: council.slug).path), .text("meetings")),
                    .text(", "), .a(.href(SiteURL.indicatorList(council: council.slug, format: .html).path), .text("performance indicators")),
                    .text(", "), .a(.href(SiteURL.scorecard(council: council.slug, format: .html).path),
                        .text("scorecard")),
                    .text("; "), .a(.href(SiteURL.report(council: council.slug).path), .text("report a problem")),
                    .text(", "), .a(.href(SiteURL.track(council: council.slug).path), .text("follow a request")))
            }),
            .p(.a(.href(SiteURL.signIn.path), .text("Sign in")), .text(" if you work for one of these councils or are one of its councillors."))
        )
    }

    private func signedInSection(_ signedIn: SignedIn) -> Node<HTML.BodyContext> {
        let role = signedIn.actor.role
        return .group(
            .p(.text("You are signed in to \(signedIn.councilName) as \(role.title.lowercased()).")),
            .if(role == .councillor, .group(
                .h2(.text("Your positions")),
                .if(positions.isEmpty, .p(.text("No positions are recorded for you."))),
                .ul(.forEach(positions) { .li(.text("\($0.title) – \($0.span)")) })
            )),
            NoticesSentSection(notices: noticesSent, council: signedIn.councilSlug).render(),
            OwedReportsSection(owed: owedReports, council: signedIn.councilSlug).render(),
            OwedValuesSection(owed: owed, council: signedIn.councilSlug).render(),
            .h2(.text("Decisions")),
            .ul(
                .li(.a(.href(SiteURL.decisionList(council: signedIn.councilSlug).path), .text("Decisions register"))),
                .li(.a(.href(SiteURL.forwardPlan(council: signedIn.councilSlug).path), .text("Forward plan of key decisions"))),
                .li(.a(.href(SiteURL.meetingList(council: signedIn.councilSlug).path), .text("Meetings: agendas, minutes and resolutions")))
            ),
            .h2(.text("Planning and performance")),
            .ul(
                .li(.a(.href(SiteURL.planList(council: signedIn.councilSlug).path), .text("Business plans, strategies and priorities"))),
                .li(.a(.href(SiteURL.list(.strategies).path), .text("Strategies (keeping the list)"))),
                .li(.a(.href(SiteURL.indicatorList(council: signedIn.councilSlug, format: .html).path), .text("Performance indicators"))),
                .li(.a(.href(SiteURL.scorecard(council: signedIn.councilSlug, format: .html).path), .text("Scorecard"))),
                .li(.a(.href(SiteURL.reportList(council: signedIn.councilSlug).path), .text("Progress reports"))),
                .li(.a(.href(SiteURL.dataCatalogue(council: signedIn.councilSlug).path), .text("Open data"))),
                .li(.a(.href(SiteURL.list(.priorities).path), .text("Strategic priorities")))
            ),
            .h2(.text("The organisation")),
            .ul(
                .li(.a(.href(SiteURL.list(.units).path), .text("Units"))),
                .li(.a(.href(SiteURL.list(.people).path), .text("People"))),
                .li(.a(.href(SiteURL.list(.councillors).path), .text("Councillors"))),
                .li(.a(.href(SiteURL.list(.positions).path), .text("Councillors' positions"))),
                .li(.a(.href(SiteURL.list(.partnerships).path), .text("Partnerships")))
            )
        )
    }
}

/// The administrator's index of everything they manage.
struct AdminPage {
    static let sections: [(String, SiteURL, String)] = [
        ("Councils", .list(.councils), "Your council's settings, and new councils in this deployment"),
        ("Partnerships", .list(.partnerships), "Shared services and their joint committees"),
        ("Delegations", .list(.delegations), "Functions delegated to joint committees"),
        ("Joint committee members", .list(.committeeMembers), "Your councillors on joint committees"),
        ("Units", .list(.units), "The council's structure"),
        ("People", .list(.people), "Officers and their job titles"),
        ("Councillors", .list(.councillors), "Members, wards and parties"),
        ("Councillors' positions", .list(.positions), "Leader, cabinet, portfolios, chairs"),
        ("Users", .list(.users), "Who can sign in, and their roles"),
        ("API keys", .list(.apiKeys), "Access for other systems"),
        ("Services", .list(.services), "What the public can ask for, with departments and resolution standards"),
        ("Audit trail", .audit, "Every change, with values before and after"),
    ]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Administration", context: context) {
            Node<HTML.BodyContext>.ul(.class("admin-index"), .forEach(Self.sections) { section in
                .li(.a(.href(section.1.path), .text(section.0)), .text(" – \(section.2)"))
            })
        }
    }
}
