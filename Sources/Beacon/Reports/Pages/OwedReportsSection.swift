import BeaconDomain
import Plot

/// The home page's list of reports resolutions asked for, overdue first, each with its draft
/// or the day its draft will be made.
struct OwedReportsSection {
    let owed: [OwedReport]
    let council: String

    func render() -> Node<HTML.BodyContext> {
        .if(!owed.isEmpty, .group(
            .h2(.text("Reports owed")),
            .table(.caption(.class("visually-hidden"), .text("Reports asked for by resolutions, overdue first")),
                   .thead(.tr(.th("Report"), .th("Due"), .th("Draft"))),
                   .tbody(.forEach(owed) { item in
                       .tr(.td(.text(item.followUp.title)),
                           .td(.text(item.followUp.dueOn.long), .if(item.overdue, .strong(.text(" – overdue")))),
                           .td(draft(item)))
                   }))))
    }

    private func draft(_ item: OwedReport) -> Node<HTML.BodyContext> {
        guard let report = item.draft else {
            let day = item.followUp.dueOn.adding(days: -FollowUpDraft.leadDays)
            return .text("Made on \(day.long)")
        }
        return .a(.href(SiteURL.progressReport(council: council, .id(report.id!)).path),
                  .text("\(report.title) (\(report.stage.title.lowercased()))"))
    }
}
