import BeaconDomain
import Fluent
import Vapor

/// The daily job that makes the draft of each report a resolution asked for, four weeks before
/// it is due (`FollowUpDraft`): a report of the council's indicators and actions over the last
/// period of the asked-for frequency, titled as the resolution titled it.
enum FollowUpDrafts {
    /// Makes the drafts now due; gives back what it did, for the job's record.
    static func run(on db: Database) async throws -> String {
        let today = BeaconClock.current.today
        let waiting = try await FollowUp.query(on: db).filter(\.$presentedOn == nil).sort(\.$dueOn).all()
            .filter { FollowUpDraft.isTimeToDraft(dueOn: $0.dueOn, today: today) }
        let drafted = Set(try await Report.query(on: db).filter(\.$followUpID ~~ waiting.compactMap(\.id)).all()
            .compactMap(\.followUpID))
        var made: [String] = []
        for followUp in waiting where !drafted.contains(try followUp.requireID()) {
            let span = FollowUpDraft.span(everyMonths: followUp.everyMonths, today: today)
            var plan = ReportDraftWrite.Plan(council: followUp.councilID, template: .custom, kind: .council,
                                             scopeID: nil, span: span, title: "\(followUp.title), \(span.label)")
            plan.followUp = try followUp.requireID()
            made.append(try await ReportDraftWrite.insert(plan, by: nil, on: db).title)
        }
        return made.isEmpty ? "No report asked for by a resolution was due a draft."
            : "Drafts made: " + made.joined(separator: "; ") + "."
    }
}
