import BeaconDomain
import Fluent
import Vapor

/// The council's current plans (not superseded) as one reader sees them, with their unit's
/// names: what the golden thread and strategy pages draw on.
struct CurrentPlans {
    struct Entry {
        let reading: PlanReading
        let unitName: String
        let document: PlanDocument
    }

    let entries: [Entry]

    static func load(_ view: CouncilView, on db: Database) async throws -> CurrentPlans {
        let plans = try await BusinessPlan.query(on: db).filter(\.$councilID == view.councilID)
            .filter(\.$status != PlanStatus.superseded).sort(\.$year).all()
        let units = try await Unit.query(on: db).filter(\.$councilID == view.councilID).all()
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        var entries: [Entry] = []
        for plan in plans {
            let reading = PlanReading(view: view, plan: plan)
            let document: PlanDocument
            if reading.seesWorkingCopy {
                document = try await PlanDocument.build(plan, council: view.council, today: view.today, on: db)
            } else if let published = plan.publishedRevision,
                      let revision = try await PlanRevision.query(on: db).filter(\.$planID == plan.requireID()).filter(\.$revision == published).first() {
                document = try PlanDocument.decoded(revision.document)
            } else {
                continue
            }
            entries.append(Entry(reading: reading, unitName: names[plan.unitID] ?? "Unknown unit", document: document))
        }
        return CurrentPlans(entries: entries)
    }

    /// Every action of the current plans that `include` picks, with the plan it is in.
    func actions(where include: (PlanDocument.Action) -> Bool) -> [(Entry, PlanDocument.Action)] {
        entries.flatMap { entry in entry.document.actions.filter(include).map { (entry, $0) } }
    }
}
