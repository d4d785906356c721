import BeaconDomain
import Fluent
import Plot
import Vapor

extension MeetingManagePage {
    static func load(_ request: Request, problems: FormView.Problems = []) async throws -> (MeetingManagePage, SignedIn, CouncilView) {
        let (view, signedIn, meeting) = try await request.meetingForRunning()
        let councillors = try await Councillor.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$leftOn == nil).sort(\.$name).all().choices
        let awaited = try await FollowUp.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$presentedOn == nil).sort(\.$dueOn).all()
            .map { FormField.Choice(value: $0.id!.uuidString, label: "\($0.title), due \($0.dueOn.long)") }
        let page = MeetingManagePage(record: try await MeetingRecord.load(meeting, on: request.db), slug: view.slug,
                                     councillors: councillors, awaited: awaited, problems: problems)
        return (page, signedIn, view)
    }

    static func handle(_ request: Request) async throws -> Response {
        let (page, _, _) = try await load(request)
        return Layout.response(page.render(in: request.layoutContext))
    }

    static func work(_ request: Request) async throws -> Response {
        let (page, signedIn, view) = try await load(request)
        guard let kind = MeetingWorkKind(rawValue: request.parameters.get("kind") ?? "") else {
            throw Abort(.notFound, reason: "There is no such thing to add to a meeting.")
        }
        let meeting = page.record.meeting
        do {
            switch kind {
            case .items: try await MeetingWrite.addItem(to: meeting, try request.content.decode(MeetingItemInput.self), by: signedIn, on: request.db)
            case .attendance: try await MeetingWrite.recordAttendance(at: meeting, try request.content.decode(AttendanceInput.self), by: signedIn, on: request.db)
            case .declarations: try await MeetingWrite.declare(at: meeting, try request.content.decode(DeclarationInput.self), by: signedIn, on: request.db)
            }
        } catch let failed as ValidationFailed {
            let (again, _, _) = try await load(request, problems: failed.problems)
            return Layout.response(again.render(in: request.layoutContext), status: .unprocessableEntity)
        }
        request.flash("Saved.")
        return request.redirect(to: SiteURL.meetingManage(council: view.slug, .id(meeting.id!)).path)
    }
}
