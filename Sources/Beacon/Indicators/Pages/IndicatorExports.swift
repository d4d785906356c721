import BeaconDomain
import Fluent
import Vapor

/// The columns of Beacon's indicator downloads. The README documents them.
enum IndicatorExports {
    static let latestColumns = ["code", "title", "scope", "unit", "polarity", "frequency", "owning_unit", "priority", "period",
                                "actual", "missing_reason", "target", "status", "direction_previous", "direction_year_earlier", "verified", "commentary"]

    static let historyColumns = ["code", "period", "actual", "missing_reason", "estimate", "projection", "target", "tolerance", "status",
                                 "target_met", "direction_previous", "direction_year_earlier", "verified", "commentary", "revision"]

    static func history(_ history: IndicatorHistory) -> ExportTable {
        let indicator = history.indicator
        func forecast(_ row: PeriodResult, _ kind: ValueKind) -> String? {
            row.forecasts.first { $0.kind == kind }?.measure(unit: indicator.unit).map(indicator.unit.inputText)
        }
        return ExportTable(columns: historyColumns, rows: history.rows.reversed().map { row in
            [indicator.code, row.period.label, row.actual?.measure(unit: indicator.unit).map(indicator.unit.inputText),
             row.actual?.missingReason?.rawValue, forecast(row, .estimate), forecast(row, .projection),
             row.target?.target(unit: indicator.unit).map { TargetReading.text($0, unit: indicator.unit) }, row.target?.tolerance,
             row.status.rawValue, row.met.map { $0 ? "yes" : "no" }, row.sincePrevious.rawValue, row.sinceYearEarlier.rawValue,
             row.actual.map { $0.isVerified ? "yes" : "no" }, row.actual?.commentary, row.actual.map { String($0.revision) }]
        })
    }
}
