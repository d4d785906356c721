import BeaconDomain
import Fluent
import Vapor

extension IndicatorExports {
    static func latest(_ rows: [(Indicator, PeriodResult?)], view: CouncilView, on db: Database) async throws -> ExportTable {
        let units = try await names(of: Unit.self, ids: rows.map(\.0.owningUnitID), on: db)
        let priorities = try await names(of: StrategicPriority.self, ids: rows.compactMap(\.0.priorityID), on: db)
        return ExportTable(columns: latestColumns, rows: rows.map { indicator, result in
            [indicator.code, indicator.title, indicator.scope.rawValue, indicator.unit.rawValue, indicator.polarity.rawValue, indicator.frequency.rawValue,
             units[indicator.owningUnitID], indicator.priorityID.flatMap { priorities[$0] }, result?.period.label,
             result?.actual?.measure(unit: indicator.unit).map(indicator.unit.inputText), result?.actual?.missingReason?.rawValue,
             result?.target?.target(unit: indicator.unit).map { TargetReading.text($0, unit: indicator.unit) },
             result?.status.rawValue, result?.sincePrevious.rawValue, result?.sinceYearEarlier.rawValue,
             result?.actual.map { $0.isVerified ? "yes" : "no" }, result?.actual?.commentary]
        })
    }
}
