import BeaconDomain
import Fluent
import Plot
import Vapor

/// Which indicators the service centre feeds, and a form to bind another: a measure, with an
/// optional channel, queue or service.
struct IndicatorFeedsPage {
    let view: CouncilView
    let feeds: [(IndicatorFeed, Indicator)]
    let fields: [FormField]
    let problems: FormView.Problems

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Indicators fed by the service centre", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.p(.text("A fed indicator's actual for each period is worked out from the contacts, whenever contacts are recorded or imported, and marked as fed and verified. Values cannot be typed for it. Feeding starts with the first whole period that has contacts."))
            feedTable(context)
            Node<HTML.BodyContext>.h2(.text("Feed another indicator"))
            FormView.form(action: SiteURL.indicatorFeeds(council: view.slug).path, token: context.csrfToken, submit: "Feed this indicator", fields: fields, problems: problems)
        }
    }

    private func feedTable(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        guard !feeds.isEmpty else { return .p(.text("No indicator is fed yet.")) }
        return .table(.thead(.tr(.th(.text("Indicator")), .th(.text("Measure")), .th(.text("From")), .th(.text("Remove")))),
                      .tbody(.forEach(feeds) { feed, indicator in
                          .tr(.td(.a(.href(SiteURL.indicator(council: view.slug, .id(indicator.id!), format: .html).path), .text("\(indicator.code) – \(indicator.title)"))),
                              .td(.text(feed.summary)), .td(.text(feed.fromDay.long)),
                              .td(.form(.method(.post), .action(SiteURL.indicatorFeedRemove(council: view.slug, .id(feed.id!)).path), FormView.tokenField(context.csrfToken),
                                        .button(.type(.submit), .class("link-button"), .text("Remove"), .span(.class("visually-hidden"), .text(" the feed of \(indicator.code)"))))))
                      }))
    }
}
