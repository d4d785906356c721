import BeaconDomain
import Fluent
import Plot
import Vapor

extension MeetingListPage {
    static func handle(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let rows = try await rows(view, on: request.db)
        let now = request.now
        let awaited = try await FollowUp.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$presentedOn == nil).sort(\.$dueOn).all()
        let page = MeetingListPage(view: view, upcoming: rows.filter { $0.meeting.startsAt >= now }, past: rows.filter { $0.meeting.startsAt < now }.reversed(),
                                   awaited: awaited, mayRun: view.may(.runDecisions(council: view.councilID)))
        return Layout.response(page.render(in: request.layoutContext))
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

extension CouncillorPage {
    /// Every current member, with ward, party and the posts they hold today.
    static func list(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let members = try await Councillor.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$leftOn == nil).sort(\.$name).all()
        let positions = try await Position.held(on: view.today, Position.query(on: request.db).filter(\.$councilID == view.councilID))
        let html = Layout.page(title: "Councillors", context: request.layoutContext) {
            DownloadLinks.node(.councillors, council: view.slug)
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
}
