import BeaconDomain
import Fluent
import Plot
import Vapor

/// The meetings calendar: coming meetings first, then past ones, with the reports
/// resolutions have asked for and not yet had.
struct MeetingListPage {
    struct Row: Sendable {
        let meeting: Meeting
        let committee: String
    }

    let view: CouncilView
    let upcoming: [Row]
    let past: [Row]
    let awaited: [FollowUp]
    let mayRun: Bool

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Meetings", context: context) {
            Node<HTML.BodyContext>.p(.text("Meetings of \(view.council.name)'s cabinet, council and committees, with agendas, minutes and resolutions. "),
                                     .a(.href(SiteURL.meetingCalendar(council: view.slug).path), .text("Add the meetings to your calendar (iCalendar)")),
                                     .text(" · "), .a(.href(SiteURL.councillorList(council: view.slug).path), .text("Councillors")))
            DownloadLinks.node(.meetings, council: view.slug)
            if mayRun {
                Node<HTML.BodyContext>.p(.a(.class("button"), .href(SiteURL.new(.meetings).path), .text("New meeting")), .text(" "),
                                         .a(.href(SiteURL.list(.committees).path), .text("Committees")))
            }
            Node<HTML.BodyContext>.h2(.text("Coming meetings"))
            table(upcoming, empty: "No meeting is scheduled.")
            Node<HTML.BodyContext>.h2(.text("Past meetings"))
            table(past, empty: "No meeting has been held yet.")
            Node<HTML.BodyContext>.h2(.text("Reports asked for and not yet presented"))
            if awaited.isEmpty {
                Node<HTML.BodyContext>.p(.text("None."))
            } else {
                Node<HTML.BodyContext>.ul(.forEach(awaited) { followUp in
                    .li(.text("\(followUp.title), due \(followUp.dueOn.long)"
                        + (followUp.everyMonths.map { ", then every \($0) months" } ?? "")))
                })
            }
        }
    }

    private func table(_ rows: [Row], empty: String) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.text(empty)) }
        return .table(.thead(.tr(.th(.text("Meeting")), .th(.text("Date and time")), .th(.text("Place")), .th(.text("Status")))),
                      .tbody(.forEach(rows) { row in
                          .tr(.td(.a(.href(SiteURL.meeting(council: view.slug, .id(row.meeting.id!)).path), .text(row.committee))),
                              .td(.text(UKTime.long(row.meeting.startsAt))), .td(.text(row.meeting.place)), .td(.text(row.meeting.status.title)))
                      }))
    }
}

/// A councillor's public page: ward and party, the positions they hold and have held, and
/// the interests they have declared at meetings.
struct CouncillorPage {
    let view: CouncilView
    let councillor: Councillor
    let positions: [Position]
    let declarations: [(meeting: MeetingListPage.Row, declaration: InterestDeclaration)]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Councillor \(councillor.name)", context: context) {
            Node<HTML.BodyContext>.p(.text("\(councillor.party) member for \(councillor.ward) ward."))
            Node<HTML.BodyContext>.h2(.text("Positions"))
            if positions.isEmpty { Node<HTML.BodyContext>.p(.text("No positions recorded.")) }
            Node<HTML.BodyContext>.ul(.forEach(positions) { .li(.text("\($0.title) – \($0.span)")) })
            Node<HTML.BodyContext>.h2(.text("Interests declared at meetings"))
            if declarations.isEmpty { Node<HTML.BodyContext>.p(.text("None declared.")) }
            Node<HTML.BodyContext>.ul(.forEach(declarations) { entry in
                .li(.a(.href(SiteURL.meeting(council: view.slug, .id(entry.meeting.meeting.id!)).path),
                       .text("\(entry.meeting.committee), \(UKTime.day(of: entry.meeting.meeting.startsAt).long)")),
                    .text(": \(entry.declaration.kind.title.lowercased()) – \(entry.declaration.interest)"))
            })
        }
    }
}
