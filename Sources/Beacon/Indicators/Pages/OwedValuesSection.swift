import BeaconDomain
import Plot

/// The home page's list of indicator values the user owes or should be chasing, overdue first.
struct OwedValuesSection {
    let owed: [OwedValue]
    let council: String

    func render() -> Node<HTML.BodyContext> {
        .if(!owed.isEmpty, .group(
            .h2(.text("Values you owe")),
            .table(.caption(.class("visually-hidden"), .text("Indicator values owed, overdue first")),
                   .thead(.tr(.th("Indicator"), .th("Period"), .th("Due"), .th("Status"))),
                   .tbody(.forEach(owed.prefix(50)) { item in
                       .tr(.td(.a(.href(SiteURL.indicatorPeriod(council: council, .id(item.indicator.id!), period: item.row.period.key).path),
                                  .text("\(item.indicator.code) \(item.indicator.title)"))),
                           .td(.text(item.row.period.label)),
                           .td(.text(item.row.dueDate.long)),
                           .td(IndicatorMarkup.status(item.row.status),
                               .if(item.row.escalation != .notDue, .text(" – \(item.row.escalation.title)"))))
                   }))))
    }
}
