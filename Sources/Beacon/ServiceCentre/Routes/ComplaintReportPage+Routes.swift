import BeaconDomain
import Fluent
import Plot
import Vapor

extension ComplaintReportPage {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readRequests)
        let key = request.query[String.self, at: "year"]
        guard let year = key.map({ ReportingPeriod(key: $0) }) ?? ReportingPeriod(containing: view.today, kind: .year), year.kind == .year else {
            throw Abort(.badRequest, reason: "Choose a financial year like 2026-27.")
        }
        let complaints = try await Complaint.query(on: request.db).filter(\.$councilID == view.councilID)
            .filter(\.$receivedOn >= year.start).filter(\.$receivedOn <= year.end).sort(\.$receivedOn).all()
        let units = try await Unit.query(on: request.db).filter(\.$councilID == view.councilID).all()
        var total = ComplaintMeasures(), perUnit: [UUID: ComplaintMeasures] = [:]
        for complaint in complaints {
            let ombudsman = complaint.ombudsmanOutcome
            total.add(complaint.dates, deadlines: complaint.deadlines(view.council), outcome: complaint.outcome, ombudsman: ombudsman)
            perUnit[complaint.unitID, default: ComplaintMeasures()].add(complaint.dates, deadlines: complaint.deadlines(view.council), outcome: complaint.outcome, ombudsman: ombudsman)
        }
        let byUnit = perUnit.map { id, measures in (units.first { $0.id == id }?.name ?? "—", measures) }.sorted { $0.0 < $1.0 }
        let learning = complaints.filter { !$0.learning.isEmpty }.map { ($0.reference, $0.learning) }
        let page = ComplaintReportPage(view: view, year: year, measures: total, byUnit: byUnit, learning: learning)
        return Layout.response(page.render(in: request.layoutContext))
    }
}
