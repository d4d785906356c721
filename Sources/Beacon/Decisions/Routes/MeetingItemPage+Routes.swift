import BeaconDomain
import Fluent
import Plot
import Vapor

extension MeetingItemPage {
    static func load(_ request: Request, input: ResolutionInput? = nil, problems: FormView.Problems = []) async throws -> (MeetingItemPage, SignedIn, CouncilView) {
        let (view, signedIn, meeting) = try await request.meetingForRunning()
        let record = try await MeetingRecord.load(meeting, on: request.db)
        guard let itemID = request.parameters.get("item", as: UUID.self), let entry = record.items.first(where: { $0.item.id == itemID }) else {
            throw Abort(.notFound, reason: "This meeting has no such agenda item.")
        }
        let plans = try await NoticeChoices.planChoices(view.councilID, on: request.db)
        let memberships = try await PartnershipCouncil.query(on: request.db).filter(\.$councilID == view.councilID).all()
        let partnerships = try await Partnership.query(on: request.db).filter(\.$id ~~ memberships.map(\.$partnership.id)).all().choices
        let page = MeetingItemPage(entry: entry, meeting: meeting, slug: view.slug, plans: plans, partnerships: partnerships,
                                   resolutionInput: input, problems: problems)
        return (page, signedIn, view)
    }

    static func handle(_ request: Request) async throws -> Response {
        let (page, _, _) = try await load(request)
        return Layout.response(page.render(in: request.layoutContext))
    }

    static func work(_ request: Request) async throws -> Response {
        let (page, signedIn, view) = try await load(request)
        guard let kind = ItemWorkKind(rawValue: request.parameters.get("kind") ?? "") else {
            throw Abort(.notFound, reason: "There is no such thing to record on an agenda item.")
        }
        let (item, db) = (page.entry.item, request.db)
        do {
            switch kind {
            case .minutes: try await MeetingWrite.recordMinutes(item, try request.content.decode(MeetingItemInput.self), by: signedIn, on: db)
            case .resolution:
                try await ResolutionWrite.resolve(item, meeting: page.meeting, try request.content.decode(ResolutionInput.self), council: view.council, by: signedIn, on: db)
            case .amendment:
                guard let resolution = page.entry.resolution else { throw Abort(.conflict, reason: "Record the resolution as moved before its amendments.") }
                try await ResolutionWrite.amend(resolution, try request.content.decode(ResolutionInput.self), by: signedIn, on: db)
            case .documents:
                try await AttachedFile.read(try request.content.decode(AttachedFile.Upload.self)).store(council: item.councilID, item: item.requireID(), by: signedIn, on: db)
            }
        } catch let failed as ValidationFailed {
            let (again, _, _) = try await load(request, input: try? request.content.decode(ResolutionInput.self), problems: failed.problems)
            return Layout.response(again.render(in: request.layoutContext), status: .unprocessableEntity)
        }
        request.flash("Saved.")
        return request.redirect(to: SiteURL.meetingItem(council: view.slug, .id(page.meeting.id!), .id(item.id!)).path)
    }

    static func download(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let meeting = try await request.meeting(in: view)
        let items = try await AgendaItem.query(on: request.db).filter(\.$meetingID == meeting.requireID()).all().compactMap(\.id)
        guard let id = request.parameters.get("document", as: UUID.self), let itemID = request.parameters.get("item", as: UUID.self), items.contains(itemID),
              let document = try await AttachedDocument.query(on: request.db).filter(\.$id == id).filter(\.$itemID == itemID).first() else {
            throw Abort(.notFound, reason: "This agenda item has no such document.")
        }
        return AttachedFile.download(document)
    }
}
