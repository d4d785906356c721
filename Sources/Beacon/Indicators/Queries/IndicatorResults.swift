import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// One period of an indicator as reports show it: values, target, status and direction.
struct PeriodResult: Sendable {
    let period: ReportingPeriod
    let actual: IndicatorValue?
    /// Estimates and projections, kept apart from the actual.
    let forecasts: [IndicatorValue]
    let target: IndicatorTarget?
    let status: RAGStatus
    let escalation: Escalation
    let dueDate: CalendarDate
    let met: Bool?
    var sincePrevious: Direction = .notComparable
    var sinceYearEarlier: Direction = .notComparable
}

/// An indicator's periods, oldest first.
struct IndicatorHistory: Sendable {
    let indicator: Indicator
    let rows: [PeriodResult]

    func result(for period: ReportingPeriod) -> PeriodResult? { rows.first { $0.period == period } }

    /// The latest period of the indicator's frequency that ended on or before `day`.
    func latest(endingBy day: CalendarDate) -> PeriodResult? { rows.last { $0.period.end <= day } }
}

/// Reads indicators' values and targets and works out status, escalation and direction of travel.
struct IndicatorResults {
    let council: Council
    /// The public and councillors see verified values only.
    let verifiedOnly: Bool
    let today: CalendarDate

    init(council: Council, verifiedOnly: Bool, today: CalendarDate = BeaconClock.current.today) {
        self.council = council
        self.verifiedOnly = verifiedOnly
        self.today = today
    }

    func histories(_ indicators: [Indicator], on db: Database) async throws -> [UUID: IndicatorHistory] {
        let ids = indicators.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        guard let sql = db as? SQLDatabase else {
            throw Abort(.internalServerError, reason: "Indicators need an SQL database.")
        }
        var values = try await ValueRows.values(of: ids, on: sql)
        // A value entered but not yet verified is not overdue, only not yet published.
        let unpublished = Set(values.filter { verifiedOnly && !$0.isVerified && $0.kind == .actual }.map { "\($0.indicatorID)/\($0.period.key)" })
        if verifiedOnly { values = values.filter(\.isVerified) }
        let targets = try await ValueRows.targets(of: ids, on: sql)
        let valuesByIndicator = Dictionary(grouping: values, by: \.indicatorID)
        let targetsByIndicator = Dictionary(grouping: targets, by: \.indicatorID)
        var result: [UUID: IndicatorHistory] = [:]
        for indicator in indicators {
            let id = indicator.id!
            result[id] = history(indicator, values: valuesByIndicator[id] ?? [], targets: targetsByIndicator[id] ?? [],
                                 unpublished: unpublished.filter { $0.hasPrefix("\(id)/") })
        }
        return result
    }

    func history(_ indicator: Indicator, values: [IndicatorValue], targets: [IndicatorTarget], unpublished: Set<String> = []) -> IndicatorHistory {
        let kind = indicator.frequency.periodKind
        let lastOwedDay = indicator.closedOn.map { min($0, today) } ?? today
        var periods = Set(ValueDueRule.endedPeriods(indicator.frequency, from: indicator.firstYear, today: lastOwedDay))
        periods.formUnion(values.map(\.period).filter { $0.kind == kind })
        periods.formUnion(targets.map(\.period).filter { $0.kind == kind })
        let valuesByPeriod = Dictionary(grouping: values, by: \.period)
        let targetsByPeriod = Dictionary(targets.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
        var rows = periods.sorted().map { period in
            row(indicator, period: period, values: valuesByPeriod[period] ?? [], target: targetsByPeriod[period],
                awaitingVerification: unpublished.contains("\(indicator.id!)/\(period.key)"))
        }
        addDirections(&rows, indicator: indicator)
        return IndicatorHistory(indicator: indicator, rows: rows)
    }

    func row(_ indicator: Indicator, period: ReportingPeriod, values: [IndicatorValue], target: IndicatorTarget?,
                     awaitingVerification: Bool) -> PeriodResult {
        let rule = council.valueDueRule
        let actual = values.first { $0.kind == .actual }
        let measure = actual?.measure(unit: indicator.unit)
        let targetValue = target?.target(unit: indicator.unit)
        var status: RAGStatus
        if measure != nil {
            // Judged once, when the value or its target was saved (`IndicatorValueWrite`); never again on reading.
            status = actual?.status ?? .noStatus
        } else if actual?.calculationNote != nil || awaitingVerification {
            status = .noStatus
        } else {
            status = StatusRule.judge(actual: nil, missing: actual?.missingReason, target: targetValue, polarity: indicator.polarity,
                                      tolerance: council.defaultTolerance, overdue: rule.isOverdue(period, today: today))
        }
        return PeriodResult(period: period, actual: actual, forecasts: values.filter { $0.kind != .actual }, target: target,
                            status: status, escalation: status == .overdue ? rule.escalation(period, today: today) : .notDue,
                            dueDate: rule.dueDate(period), met: StatusRule.met(actual: measure, target: targetValue, polarity: indicator.polarity))
    }

    private func addDirections(_ rows: inout [PeriodResult], indicator: Indicator) {
        let byPeriod = Dictionary(rows.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
        for index in rows.indices {
            let row = rows[index]
            rows[index].sincePrevious = direction(row, byPeriod[row.period.previous], indicator)
            rows[index].sinceYearEarlier = direction(row, byPeriod[row.period.yearEarlier], indicator)
        }
    }

    func direction(_ row: PeriodResult, _ earlier: PeriodResult?, _ indicator: Indicator) -> Direction {
        guard let now = row.actual, let before = earlier?.actual, now.revision == before.revision else { return .notComparable }
        var band: (Decimal, Decimal)?
        if case .band(let low, let high) = row.target?.target(unit: indicator.unit) { band = (low, high) }
        return DirectionOfTravel.compare(now.measure(unit: indicator.unit)?.number, with: before.measure(unit: indicator.unit)?.number,
                                         polarity: indicator.polarity, band: band, margin: council.directionMargin)
    }
}
