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

    static func rows(_ view: CouncilView, on db: Database) async throws -> [Row] {
        let meetings = try await Meeting.query(on: db).filter(\.$councilID == view.councilID).sort(\.$startsAt).all()
        let names = try await names(of: Committee.self, ids: meetings.map(\.committeeID), on: db)
        return meetings.map { Row(meeting: $0, committee: names[$0.committeeID] ?? "—") }
    }

    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let rows = try await rows(view, on: request.db)
        let now = request.now
        let awaited = try await FollowUp.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$presentedOn == nil).sort(\.$dueOn).all()
        let page = MeetingListPage(view: view, upcoming: rows.filter { $0.meeting.startsAt >= now }, past: rows.filter { $0.meeting.startsAt < now }.reversed(),
                                   awaited: awaited, mayRun: view.may(.runDecisions(council: view.councilID)))
        return Layout.response(page.render(in: request.layoutContext))
    }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Meetings", context: context) {
            Node<HTML.BodyContext>.p(.text("Meetings of \(view.council.name)'s cabinet, council and committees, with agendas, minutes and resolutions. "),
                                     .a(.href(SiteURL.meetingCalendar(council: view.slug).path), .text("Add the meetings to your calendar (iCalendar)")),
                                     .text(" · "), .a(.href(SiteURL.councillorList(council: view.slug).path), .text("Councillors")))
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
                    .li(.text("\(followUp.title), due \(CalendarDate(iso: followUp.dueOn)?.long ?? followUp.dueOn)"
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

    /// The iCalendar feed of every meeting; a meeting is taken to last two hours.
    static func calendar(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let base = DecisionFeed.baseURL(request)
        let events = try await rows(view, on: request.db).map { row in
            ICalendar.Event(uid: "\(row.meeting.id!.uuidString.lowercased())@beacon", starts: row.meeting.startsAt,
                            ends: row.meeting.startsAt.addingTimeInterval(2 * 3_600), summary: "\(row.committee) – \(view.council.name)",
                            location: row.meeting.place, description: "Agenda, minutes and resolutions: \(base + SiteURL.meeting(council: view.slug, .id(row.meeting.id!)).path)",
                            url: base + SiteURL.meeting(council: view.slug, .id(row.meeting.id!)).path, cancelled: row.meeting.status == .cancelled)
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        let text = ICalendar(name: "\(view.council.name) meetings", events: events, stamp: request.now).text
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

/// A councillor's public page: ward and party, the positions they hold and have held, and
/// the interests they have declared at meetings.
struct CouncillorPage {
    let view: CouncilView
    let councillor: Councillor
    let positions: [Position]
    let declarations: [(meeting: MeetingListPage.Row, declaration: InterestDeclaration)]

    /// Every current member, with ward, party and the posts they hold today.
    static func list(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let members = try await Councillor.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$leftOn == nil).sort(\.$name).all()
        let positions = try await Position.held(on: view.today, Position.query(on: request.db).filter(\.$councilID == view.councilID))
        let html = Layout.page(title: "Councillors", context: request.layoutContext) {
            Node<HTML.BodyContext>.table(.thead(.tr(.th(.text("Councillor")), .th(.text("Ward")), .th(.text("Party")), .th(.text("Positions today")))),
                .tbody(.forEach(members) { member in
                    .tr(.td(.a(.href(SiteURL.councillor(council: view.slug, .id(member.id!)).path), .text(member.name))), .td(.text(member.ward)), .td(.text(member.party)),
                        .td(.text(positions.filter { $0.councillorID == member.id }.map(\.title).joined(separator: "; "))))
                }))
        }
        return Layout.response(html)
    }

    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        guard let id = request.parameters.get("id", as: UUID.self),
              let councillor = try await Councillor.query(on: request.db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no councillor with that id in \(view.council.name).")
        }
        let positions = try await Position.query(on: request.db).filter(\.$councillorID == id).sort(\.$startsOn, .descending).all()
        let declared = try await InterestDeclaration.query(on: request.db).filter(\.$councillorID == id).all()
        let meetings = try await MeetingListPage.rows(view, on: request.db)
        let declarations = declared.compactMap { declaration in meetings.first { $0.meeting.id == declaration.meetingID }.map { ($0, declaration) } }
        let page = CouncillorPage(view: view, councillor: councillor, positions: positions, declarations: declarations)
        return Layout.response(page.render(in: request.layoutContext))
    }

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
