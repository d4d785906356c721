import BeaconDomain
import Fluent
import Plot
import Vapor

extension DecisionShowPage {
    static func handle(_ request: Request) async throws -> Response {
        let reading = try await request.noticeReading()
        let now = request.now
        let record = try await NoticeRecord.load(reading.notice, on: request.db)
        let notice = reading.notice
        let isConsultee = try await request.signedIn.asyncMap { try await NoticeConsultees.includes($0, notice: notice.requireID(), on: request.db) } ?? false
        let open = notice.storedStatus == .open && (notice.deadline.map { RepresentationWindow(deadline: $0).isOpen(at: now) } ?? false)
        let page = DecisionShowPage(
            reading: reading, record: record,
            mayRepresent: open && reading.view.may(.makeRepresentation(council: reading.view.councilID, isConsultee: isConsultee)),
            mayAskReferral: open && reading.view.may(.requestReferral(council: reading.view.councilID, isConsultee: isConsultee)),
            mayAskCallIn: notice.status(at: now) == .decided && reading.view.may(.requestCallIn(council: reading.view.councilID)),
            now: now)
        return Layout.response(page.render(in: request.layoutContext))
    }

    /// Handles a representation, referral request or call-in request.
    static func respond(_ request: Request) async throws -> Response {
        let reading = try await request.noticeReading()
        let signedIn = try request.requireOwnCouncil(reading.view)
        guard let kind = NoticeResponseKind(rawValue: request.parameters.get("kind") ?? "") else {
            throw Abort(.notFound, reason: "There is no such response to a decision notice.")
        }
        let council = reading.view.council
        switch kind {
        case .representation:
            try await DecisionWrite.represent(on: reading.notice, try request.content.decode(NoticeResponseInput.self), by: signedIn, on: request.db)
            request.flash("Your representation is recorded. It will be published with the record of the decision.")
        case .referral:
            let count = try await DecisionWrite.requestReferral(of: reading.notice, council: council, by: signedIn, on: request.db)
            request.flash("Your request is recorded: \(count) of \(council.referralThreshold) members have asked for referral to cabinet.")
        case .callIn:
            let count = try await DecisionWrite.requestCallIn(of: reading.notice, council: council, by: signedIn, on: request.db)
            request.flash("Your request is recorded: \(count) of \(council.callInThreshold) members have asked for call-in.")
        }
        return request.redirect(to: SiteURL.decision(council: reading.slug, reading.ref).path)
    }
}
