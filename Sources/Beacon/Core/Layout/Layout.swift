import BeaconDomain
import Plot
import Vapor

/// What every page needs to draw its frame: whose council, who is signed in, the form token
/// and any message from the last action.
struct LayoutContext: Sendable {
    let councilName: String?
    let councilSlug: String?
    let userLabel: String?
    let role: Role?
    let csrfToken: String
    let flash: String?
    /// The council whose page a visitor who is not signed in is reading, for its navigation.
    var visitedCouncil: String? = nil
}

extension Request {
    /// The frame for a page; reading it takes the one-off message left by the last action.
    var layoutContext: LayoutContext { layoutContext(withForm: false) }

    /// The frame for a page. A session (and so a cookie) is started only for people signed in
    /// or for a page with a form, so the public can read pages without one.
    func layoutContext(withForm: Bool) -> LayoutContext {
        let flash = hasSessionCookie ? session.data[Layout.flashKey] : nil
        if flash != nil { session.data[Layout.flashKey] = nil }
        let token = withForm || signedIn != nil ? CSRFToken.current(for: self) : ""
        // A short name as councils' are made (letters, digits, hyphens), so a made-up address gets no links.
        let visited = parameters.get("council")
            .flatMap { $0.range(of: "^[a-z0-9-]{1,60}$", options: .regularExpression) != nil ? $0 : nil }
        return LayoutContext(councilName: signedIn?.councilName, councilSlug: signedIn?.councilSlug, userLabel: signedIn?.label,
                             role: signedIn?.actor.role, csrfToken: token, flash: flash,
                             visitedCouncil: signedIn == nil ? visited : nil)
    }

    /// Whether the browser sent a session cookie; reading the session without one would start one.
    var hasSessionCookie: Bool {
        cookies[application.sessions.configuration.cookieName] != nil
    }

    /// Leaves a message for the next page this browser sees ("Unit saved.").
    func flash(_ message: String) {
        session.data[Layout.flashKey] = message
    }
}

/// The accessible base page: skip link, header with the council's name, main navigation,
/// the signed-in user, one `main` landmark and a footer.
enum Layout {
    static let flashKey = "flash"

    static func page(title: String, context: LayoutContext, @NodesBuilder content: () -> [Node<HTML.BodyContext>]) -> HTML {
        page(title: title, context: context, nodes: content())
    }

    /// `refreshSeconds` reloads the page on its own, for work in progress, with no script.
    static func page(title: String, context: LayoutContext, extraStylesheet: SiteURL? = nil, refreshSeconds: Int? = nil,
                     nodes: [Node<HTML.BodyContext>]) -> HTML {
        HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .unwrap(refreshSeconds) { .meta(.attribute(named: "http-equiv", value: "refresh"), .content(String($0))) },
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) – \(context.councilName ?? "Beacon")"),
                .link(.rel(.stylesheet), .href(SiteURL.stylesheet.path)),
                .link(.rel(.stylesheet), .href(SiteURL.printStylesheet.path), .attribute(named: "media", value: "print")),
                .unwrap(extraStylesheet) { .link(.rel(.stylesheet), .href($0.path)) }
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text("Skip to main content")),
                header(context),
                .main(.id("main"), .attribute(named: "tabindex", value: "-1"),
                      .unwrap(context.flash) { .div(.class("flash"), .attribute(named: "role", value: "status"), .p(.text($0))) },
                      .h1(.text(title)),
                      .group(nodes)),
                .footer(.class("site-footer"),
                        .p(.text("Beacon – planning, performance, decisions and customer service for \(context.councilName ?? "councils").")))
            )
        )
    }

    private static func header(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        .header(.class("site-header"),
                .p(.class("council-name"), .a(.href(SiteURL.home.path), .text(context.councilName ?? "Beacon"))),
                .nav(.ariaLabel("Main"), .ul(.forEach(navigation(for: context)) { item in
                    .li(.a(.href(item.1.path), .text(item.0)))
                })),
                account(context))
    }

    private static func account(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        guard let user = context.userLabel else {
            return .p(.class("account"), .a(.href(SiteURL.signIn.path), .text("Sign in")))
        }
        return .div(.class("account"),
                    .p(.text("Signed in as \(user)"), .unwrap(context.role) { .text(" (\($0.title))") }),
                    .form(.method(.post), .action(SiteURL.signOut.path),
                          FormView.tokenField(context.csrfToken),
                          .button(.type(.submit), .class("link-button"), .text("Sign out"))))
    }

    /// What a visitor who is not signed in is offered on a council's pages: the council's
    /// public pages, and reporting a problem.
    private static func publicNavigation(_ council: String) -> [(String, SiteURL)] {
        [("Home", .home), ("Plans", .planList(council: council)),
         ("Performance", .indicatorList(council: council, format: .html)),
         ("Scorecard", .scorecard(council: council, format: .html)), ("Decisions", .decisionList(council: council)),
         ("Meetings", .meetingList(council: council)), ("Reports", .reportList(council: council)),
         ("Open data", .dataCatalogue(council: council)), ("Report a problem", .report(council: council))]
    }

    private static func navigation(for context: LayoutContext) -> [(String, SiteURL)] {
        guard let role = context.role, let council = context.councilSlug else {
            return context.visitedCouncil.map(publicNavigation) ?? [("Home", .home)]
        }
        var items: [(String, SiteURL)] = [("Home", .home), ("Plans", .planList(council: council)),
                                          ("Decisions", .decisionList(council: council)),
                                          ("Indicators", .indicatorList(council: council, format: .html)),
                                          ("Scorecard", .scorecard(council: council, format: .html)),
                                          ("Reports", .reportList(council: council)),
                                          ("Service centre", .serviceCentre(council: council)),
                                          ("Units", .list(.units)), ("People", .list(.people)), ("Councillors", .list(.councillors))]
        if role == .administrator { items.append(("Administration", .admin)) }
        if role == .administrator || role == .dataProtectionOfficer { items.append(("Privacy",
            .privacy(council: council))) }
        return items
    }

    static func response(_ html: HTML, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: html.render()))
    }
}

/// Lets a page's content be written as a list of nodes.
@resultBuilder
enum NodesBuilder {
    static func buildBlock(_ parts: [Node<HTML.BodyContext>]...) -> [Node<HTML.BodyContext>] { parts.flatMap { $0 } }
    static func buildExpression(_ node: Node<HTML.BodyContext>) -> [Node<HTML.BodyContext>] { [node] }
    static func buildExpression(_ nodes: [Node<HTML.BodyContext>]) -> [Node<HTML.BodyContext>] { nodes }
    static func buildOptional(_ parts: [Node<HTML.BodyContext>]?) -> [Node<HTML.BodyContext>] { parts ?? [] }
    static func buildEither(first: [Node<HTML.BodyContext>]) -> [Node<HTML.BodyContext>] { first }
    static func buildEither(second: [Node<HTML.BodyContext>]) -> [Node<HTML.BodyContext>] { second }
}
