import BeaconDomain
import Fluent
import Vapor

/// A report a resolution asked for and no meeting has had yet, with its draft once made.
struct OwedReport: Sendable {
    let followUp: FollowUp
    let draft: Report?
    let overdue: Bool

    /// For a performance officer (who prepares reports), the council's owed reports by due day,
    /// so the overdue come first; nobody else owes reports.
    static func load(for signedIn: SignedIn, today: CalendarDate, on db: Database) async throws -> [OwedReport] {
        let council = signedIn.actor.councilID
        guard AccessPolicy.decide(signedIn.actor, .prepareReports(council: council)) == .allowed else { return [] }
        let owed = try await FollowUp.query(on: db).filter(\.$councilID == council).filter(\.$presentedOn == nil)
            .sort(\.$dueOn).all()
        let drafts = try await Report.query(on: db).filter(\.$followUpID ~~ owed.compactMap(\.id))
            .sort(\.$edition, .descending).all()
        return owed.map { followUp in
            OwedReport(followUp: followUp, draft: drafts.first { $0.followUpID == followUp.id },
                       overdue: FollowUpDraft.isOverdue(dueOn: followUp.dueOn, today: today))
        }
    }
}
