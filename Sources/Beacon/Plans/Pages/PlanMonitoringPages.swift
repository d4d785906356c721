import BeaconDomain
import Fluent
import Plot
import Vapor

/// Recording progress on an action and reviewing a risk: allowed on any plan that is not
/// superseded, by the unit's officers and performance officers.
enum PlanMonitoringPages {
    /// Earlier progress updates, newest first.
    static func history(_ updates: [ActionUpdate]) -> Node<HTML.BodyContext> {
        .group(.h2(.text("Earlier updates")),
               updates.isEmpty ? .p(.text("No progress has been recorded yet.")) : .table(
                   PlanDocument.headerRow(["Date", "Percent", "Status", "Commentary", "By"]),
                   .tbody(.forEach(updates) { update in
                       .tr(.td(.text(CalendarDate(iso: update.on)?.long ?? update.on)), .td(.text("\(update.percent)%")),
                           .td(.text((ActionStatus(rawValue: update.status.rawValue)?.title ?? update.status.rawValue)
                                     + (update.overrideReason.map { " (chosen because: \($0))" } ?? ""))),
                           .td(.text(update.commentary)), .td(.text(update.author)))
                   })))
    }
}
