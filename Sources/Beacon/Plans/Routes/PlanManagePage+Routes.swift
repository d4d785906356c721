import BeaconDomain
import Fluent
import Plot
import Vapor

extension PlanManagePage {
    static func handle(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        guard reading.seesWorkingCopy else { throw Abort(.forbidden, reason: "Only the unit's officers and performance officers may manage this plan.") }
        let document = try await PlanDocument.build(reading.plan, council: reading.view.council, today: reading.view.today, on: request.db)
        let planID = reading.planID
        var rows: [PlanPartKind: [(UUID, String)]] = [:]
        let titles = Dictionary(uniqueKeysWithValues: document.priorities.map { ($0.priorityID, $0.title) })
        rows[.priorities] = try await PlanPriorityLink.query(on: request.db).filter(\.$planID == planID).all().map { ($0.id!, titles[$0.priorityID] ?? "Priority") }
        rows[.developments] = try await PlanDevelopment.query(on: request.db).filter(\.$planID == planID).sort(\.$position).all().map { ($0.id!, $0.development) }
        rows[.actions] = try await PlanAction.query(on: request.db).filter(\.$planID == planID).sort(\.$position).all()
            .map { ($0.id!, ($0.riskID == nil ? "" : "Risk action: ") + $0.activity) }
        rows[.budget] = try await BudgetLine.query(on: request.db).filter(\.$planID == planID).sort(\.$activity).all()
            .map { ($0.id!, "\($0.activity), \(ReportingPeriod.year($0.year).yearLabel) \($0.kind.title.lowercased())") }
        rows[.consultations] = try await PlanConsultation.query(on: request.db).filter(\.$planID == planID).all().map { ($0.id!, $0.title) }
        let risks = try await PlanRisk.query(on: request.db).filter(\.$planID == planID).sort(\.$position).all().map { ($0.id!, $0.area) }
        rows[.risks] = risks
        let page = PlanManagePage(reading: reading, document: document, rows: rows, risks: risks)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)))
    }
}
