import BeaconDomain
import Fluent
import Vapor

extension PlanDocument {
    /// A year's figure for an indicator is its last period's: the year itself, Q4 or March.
    static func lastPeriod(of year: Int, _ indicator: Indicator) -> ReportingPeriod {
        ReportingPeriod.periods(indicator.frequency.periodKind, inYear: year).last ?? .year(year)
    }

    static func resultText(_ indicator: Indicator, _ result: PeriodResult?, estimate: Bool) -> String {
        if let actual = result?.actual, let measure = actual.measure(unit: indicator.unit) { return indicator.format(measure) }
        if estimate, let forecast = result?.forecasts.first, let measure = forecast.measure(unit: indicator.unit) {
            return indicator.format(measure) + " (est.)"
        }
        return "–"
    }
}
