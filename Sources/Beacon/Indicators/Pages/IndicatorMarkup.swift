import BeaconDomain
import Plot

/// The pieces of markup every indicator page shares: status and direction in words as well
/// as colour and arrow, values formatted in the indicator's unit.
enum IndicatorMarkup {
    static func status(_ status: RAGStatus) -> Node<HTML.BodyContext> {
        .span(.class("status status-\(status.rawValue)"), .text(status.shortTitle))
    }

    static func direction(_ direction: Direction) -> Node<HTML.BodyContext> {
        .span(.class("direction"), .span(.attribute(named: "aria-hidden", value: "true"), .text(direction.arrow + " ")), .text(direction.title))
    }

    static func actualText(_ row: PeriodResult?, _ indicator: Indicator) -> String {
        guard let actual = row?.actual else { return "—" }
        if let measure = actual.measure(unit: indicator.unit) { return indicator.format(measure) }
        if let reason = actual.missingReason { return reason.title }
        return actual.calculationNote.map { "No value: \($0)" } ?? "—"
    }

    static func targetText(_ target: IndicatorTarget?, _ indicator: Indicator) -> String {
        guard let value = target?.target(unit: indicator.unit) else { return "—" }
        switch value {
        case .number(let number): return indicator.format(.number(number))
        case .band(let low, let high): return "\(indicator.format(.number(low))) to \(indicator.format(.number(high)))"
        case .yesNo(let answer): return answer ? "Yes" : "No"
        case .date(let day): return "By \(day.long)"
        }
    }

    static func forecastText(_ row: PeriodResult?, _ indicator: Indicator) -> String {
        let parts = (row?.forecasts ?? []).compactMap { value in
            value.measure(unit: indicator.unit).map { "\(value.kind.title): \(indicator.format($0))" }
        }
        return parts.isEmpty ? "—" : parts.joined(separator: "; ")
    }

    static func metText(_ met: Bool?) -> String {
        switch met {
        case true?: "Met"
        case false?: "Not met"
        case nil: "—"
        }
    }
}
