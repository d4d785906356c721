import BeaconDomain
import Fluent
import Plot
import Vapor

extension Request {
    /// The meeting named by `:id` in the council of the path; 404 otherwise.
    func meeting(in view: CouncilView) async throws -> Meeting {
        guard let id = parameters.get("id", as: UUID.self),
              let meeting = try await Meeting.query(on: db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no meeting with that id in \(view.council.name).")
        }
        return meeting
    }

    /// The meeting for democratic services' work on it: signed in to its council, with the right.
    func meetingForRunning() async throws -> (view: CouncilView, signedIn: SignedIn, meeting: Meeting) {
        let view = try await councilView()
        let signedIn = try requireOwnCouncil(view)
        try require(.runDecisions(council: view.councilID))
        return (view, signedIn, try await meeting(in: view))
    }
}
