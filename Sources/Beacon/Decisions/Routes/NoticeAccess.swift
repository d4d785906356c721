import BeaconDomain
import Fluent
import Vapor

/// A decision notice as one reader may see it: democratic services see drafts; everyone
/// else sees a notice once it is published, and never a draft withdrawn before publication.
struct NoticeReading: Sendable {
    let view: CouncilView
    let notice: DecisionNotice
    let mayRun: Bool

    var slug: String { view.slug }
    var ref: RecordRef { .id(notice.id!) }

    init(view: CouncilView, notice: DecisionNotice) {
        self.view = view
        self.notice = notice
        mayRun = view.may(.runDecisions(council: view.councilID))
    }

    var isVisible: Bool { mayRun || notice.isPublic }
}

extension Request {
    /// The notice named by `:id` in the council of the path; 404 when there is none or the
    /// reader may not see it, so a draft's existence is not given away.
    func noticeReading() async throws -> NoticeReading {
        let view = try await councilView()
        guard let id = parameters.get("id", as: UUID.self),
              let notice = try await DecisionNotice.query(on: db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no decision notice with that id in \(view.council.name).")
        }
        let reading = NoticeReading(view: view, notice: notice)
        guard reading.isVisible else { throw Abort(.notFound, reason: "There is no published decision notice with that id in \(view.council.name).") }
        return reading
    }

    /// The notice for democratic services' work on it: signed in to its council, with the right.
    func noticeForRunning() async throws -> (reading: NoticeReading, signedIn: SignedIn) {
        let reading = try await noticeReading()
        let signedIn = try requireOwnCouncil(reading.view)
        try require(.runDecisions(council: reading.view.councilID))
        return (reading, signedIn)
    }
}
