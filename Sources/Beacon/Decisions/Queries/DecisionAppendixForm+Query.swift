import BeaconDomain
import Fluent
import Vapor

extension DecisionWrite {
    /// Attaches a checked file to a draft notice.
    static func attach(_ file: AttachedFile, to notice: DecisionNotice, by signedIn: SignedIn, on db: Database) async throws {
        guard notice.storedStatus == .draft else { throw Abort(.conflict, reason: "Appendices are attached while the notice is a draft.") }
        try await file.store(council: notice.councilID, notice: notice.requireID(), by: signedIn, on: db)
    }
}
