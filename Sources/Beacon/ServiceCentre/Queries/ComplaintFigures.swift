import BeaconDomain
import Fluent
import Vapor

/// The complaints received in a span, counted under the council's time limits: in all, by
/// unit, and what was learned. Read by the annual complaints page and by reports.
struct ComplaintFigures: Sendable {
    let total: ComplaintMeasures
    let byUnit: [(unit: String, measures: ComplaintMeasures)]
    let learning: [(reference: String, lesson: String)]

    static func load(council: Council, from start: CalendarDate, to end: CalendarDate,
                     on db: Database) async throws -> ComplaintFigures {
        let councilID = try council.requireID()
        let complaints = try await Complaint.query(on: db).filter(\.$councilID == councilID)
            .filter(\.$receivedOn >= start).filter(\.$receivedOn <= end).sort(\.$receivedOn).all()
        let units = try await Unit.query(on: db).filter(\.$councilID == councilID).all()
        var total = ComplaintMeasures()
        var perUnit: [UUID: ComplaintMeasures] = [:]
        for complaint in complaints {
            let deadlines = complaint.deadlines(council)
            total.add(complaint.dates, deadlines: deadlines, outcome: complaint.outcome,
                      ombudsman: complaint.ombudsmanOutcome)
            perUnit[complaint.unitID, default: ComplaintMeasures()]
                .add(complaint.dates, deadlines: deadlines, outcome: complaint.outcome,
                    ombudsman: complaint.ombudsmanOutcome)
        }
        let byUnit = perUnit.map { id, measures in (unit: units.first { $0.id == id }?.name ?? "—",
            measures: measures) }
            .sorted { $0.unit < $1.unit }
        let learning = complaints.filter { !$0.learning.isEmpty }.map { (reference: $0.reference, lesson: $0.learning) }
        return ComplaintFigures(total: total, byUnit: byUnit, learning: learning)
    }

    /// The figures as the annual report writes them, a label and a value a line.
    static func lines(_ m: ComplaintMeasures) -> [(label: String, value: String)] {
        func share(_ part: Int, _ whole: Int) -> String {
            ComplaintMeasures.percent(part, of: whole).map { String(format: "%d of %d (%.1f%%)", part, whole, $0) }
                ?? "none"
        }
        let upheld = m.percentUpheld.map { String(format: "%.1f%%", $0) } ?? "none decided"
        return [("Complaints received", String(m.received)),
                ("Acknowledged in time", share(m.acknowledgedInTime, m.acknowledged)),
                ("Stage 1 responses in time (with any extension)", share(m.stage1InTime, m.stage1Responses)),
                ("Stage 1 extended", String(m.stage1Extended)),
                ("Escalated to stage 2", String(m.escalated)),
                ("Stage 2 responses in time (with any extension)", share(m.stage2InTime, m.stage2Responses)),
                ("Upheld in full or in part", upheld)]
            + ComplaintOutcome.allCases.map { ("Outcome: \($0.title.lowercased())", String(m.outcomes[$0] ?? 0)) }
            + [("Referred to the ombudsman", String(m.ombudsmanReferrals))]
            + ComplaintOutcome.allCases.map {
                ("Ombudsman's finding: \($0.title.lowercased())", String(m.ombudsmanFindings[$0] ?? 0))
            }
    }
}
