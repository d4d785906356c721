import BeaconDomain
import Fluent
import Vapor

extension PlanDocument {
    /// Section 7: each indicator with its results for the three years before the plan, the
    /// estimate for the year the plan is written in, and targets for the plan year and two more.
    static func keyIndicators(_ plan: BusinessPlan, council: Council, on db: Database) async throws -> (columns: [String], rows: [KeyIndicator]) {
        let years: [(year: Int, heading: String)] = [
            (plan.year - 3, "actual"), (plan.year - 2, "actual"), (plan.year - 1, "estimate"),
            (plan.year, "target"), (plan.year + 1, "target"), (plan.year + 2, "target"),
        ]
        let columns = years.map { "\(ReportingPeriod.year($0.year).yearLabel) \($0.heading)" }
        guard !plan.indicatorIDs.isEmpty else { return (columns, []) }
        let indicators = try await Indicator.query(on: db).filter(\.$id ~~ plan.indicatorIDs).all()
        let byID = Dictionary(uniqueKeysWithValues: indicators.map { ($0.id!, $0) })
        let histories = try await IndicatorResults(council: council, verifiedOnly: true).histories(indicators, on: db)
        let targets = try await IndicatorTarget.query(on: db).filter(\.$indicatorID ~~ plan.indicatorIDs).all()
        let officerIDs = indicators.compactMap(\.reportingOfficerID)
        let officers = try await Person.query(on: db).filter(\.$id ~~ officerIDs).all()
        let officerNames = Dictionary(uniqueKeysWithValues: officers.map { ($0.id!, $0.jobTitle.isEmpty ? $0.name : "\($0.name), \($0.jobTitle)") })
        let rows = plan.indicatorIDs.compactMap { byID[$0] }.map { indicator in
            let cells = years.enumerated().map { index, column in
                let period = lastPeriod(of: column.year, indicator)
                if index < 3 { return resultText(indicator, histories[indicator.id!]?.result(for: period), estimate: index == 2) }
                return targets.first { $0.indicatorID == indicator.id && $0.period == period }?
                    .target(unit: indicator.unit).map { TargetReading.text($0, unit: indicator.unit) } ?? "–"
            }
            return KeyIndicator(id: indicator.id!, code: indicator.code, title: indicator.title, purpose: indicator.purpose,
                                officer: indicator.reportingOfficerID.flatMap { officerNames[$0] } ?? "–", cells: cells,
                                priorityID: indicator.priorityID)
        }
        return (columns, rows)
    }
}
