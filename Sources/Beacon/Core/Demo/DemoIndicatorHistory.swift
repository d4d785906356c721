import BeaconDomain
import Fluent
import Foundation

/// Writes one demo indicator's targets, actuals and estimates from 2021/22 to today.
struct DemoIndicatorHistory {
    let spec: DemoIndicators.Spec
    let indicator: Indicator
    let seed: Int
    let today: CalendarDate
    let dueRule: ValueDueRule
    var everyValueVerified = false

    static let tolerance = Tolerance.percent(5)

    func write(on db: Database) async throws {
        let ended = Array(ValueDueRule.endedPeriods(spec.frequency, from: DemoIndicators.firstYear, today: today).reversed())
        let thisYear = ReportingPeriod(containing: today, kind: .year).startYear
        let future = ReportingPeriod.periods(spec.frequency.periodKind, inYear: thisYear).filter { $0.end >= today }
        // A missing value is missing from the latest period already overdue on: the period just
        // ended may not be due yet, and the demo must show an overdue value on any day.
        let firstMissing = spec.latest == .missing ? ended.lastIndex { dueRule.isOverdue($0, today: today) } : nil
        for (index, period) in ended.enumerated() {
            let isLatest = index == ended.count - 1
            let target = targetValue(period)
            if let target { try await saveTarget(target, period: period, on: db) }
            if let firstMissing, index >= firstMissing { continue }
            let value = IndicatorValue.new(indicator: indicator, period: period, kind: .actual)
            if spec.frequency == .survey && (period.startYear - DemoIndicators.firstYear) % 2 == 1 {
                value.missingReasonName = MissingReason.notCollected.rawValue
                value.commentary = "No survey: the residents' survey runs every other year."
            } else {
                let measure = actual(period, index: index, isLatest: isLatest, target: target)
                value.value = MeasureUnit.storageText(measure)
                value.statusName = StatusRule.judge(actual: measure, target: target, polarity: spec.polarity, tolerance: Self.tolerance, overdue: false).rawValue
                value.judgedTolerance = Self.tolerance.text
                value.commentary = isLatest ? "Latest figures from the service's own records." : nil
            }
            let verified = everyValueVerified || !isLatest || seed % 3 != 0
            try await save(value, verified: verified, on: db)
        }
        for period in future {
            if let target = targetValue(period) { try await saveTarget(target, period: period, on: db) }
            guard spec.unit.isNumeric, spec.polarity != .dataOnly else { continue }
            let estimate = IndicatorValue.new(indicator: indicator, period: period, kind: .estimate)
            estimate.value = MeasureUnit.storageText(.number(spec.target.rounded(spec.places)))
            estimate.commentary = "Estimate from the year to date."
            try await save(estimate, verified: true, on: db)
        }
    }

    private func targetValue(_ period: ReportingPeriod) -> TargetValue? {
        switch (spec.unit, spec.polarity) {
        case (_, .dataOnly): return nil
        case (.date, _): return .date(CalendarDate(year: period.startYear + 1, month: 9, day: 30)!)
        case (_, .band): return .band(low: spec.target - 2, high: spec.target + 2)
        default: return .number(spec.target)
        }
    }

    /// A value near target that wanders from period to period, or for the latest period one
    /// chosen to show a particular status.
    private func actual(_ period: ReportingPeriod, index: Int, isLatest: Bool, target: TargetValue?) -> Measure {
        if spec.unit == .date {
            return .date(CalendarDate(year: period.startYear + 1, month: 9, day: 30)!.adding(days: index % 2 == 0 ? -5 : 3))
        }
        let better: Decimal = spec.polarity == .lowerIsBetter ? -1 : 1
        var factor: Decimal
        switch (isLatest, spec.latest) {
        case (true, .green): factor = 1 + better * Decimal(string: "0.02")!
        case (true, .amber): factor = 1 - better * Decimal(string: "0.03")!
        case (true, .red): factor = 1 - better * Decimal(string: "0.12")!
        default: factor = 1 + Decimal(sin(Double(index) * 1.3 + Double(seed))) * Decimal(string: "0.06")!
        }
        if spec.polarity == .dataOnly { factor += Decimal(index) / 100 }
        return .number((spec.target * factor).rounded(spec.unit == .currency ? 0 : spec.places))
    }

    private func saveTarget(_ target: TargetValue, period: ReportingPeriod, on db: Database) async throws {
        let record = IndicatorTarget.new(indicator: indicator, period: period)
        record.set(target)
        record.setBy = "Demo data"
        record.version = 1
        try await record.create(on: db)
    }

    private func save(_ value: IndicatorValue, verified: Bool, on db: Database) async throws {
        value.revision = 1
        value.enteredBy = "Demo data"
        value.enteredAt = BeaconClock.current.now()
        value.verifiedBy = verified ? "Demo data" : nil
        value.verifiedAt = verified ? BeaconClock.current.now() : nil
        value.version = 1
        try await value.create(on: db)
    }

    /// Works out a calculated demo indicator from its inputs' values, as Beacon would.
    static func calculate(_ code: String, council: UUID, on db: Database) async throws {
        let indicators = try await Indicator.query(on: db).filter(\.$councilID == council).all()
        guard let indicator = indicators.first(where: { $0.code == code }), let formula = indicator.parsedFormula else { return }
        let inputs = indicators.filter { formula.references.contains($0.code) }
        let values = try await IndicatorValue.query(on: db).filter(\.$indicatorID ~~ inputs.compactMap(\.id)).filter(\.$kindName == "actual").all()
        for (key, group) in Dictionary(grouping: values, by: \.periodKey) {
            guard let period = ReportingPeriod(key: key) else { continue }
            var numbers: [String: Decimal] = [:]
            for value in group { if let input = inputs.first(where: { $0.id == value.indicatorID }), let text = value.value { numbers[input.code] = Decimal(string: text) } }
            guard case .value(let number) = formula.evaluate(numbers) else { continue }
            let record = IndicatorValue.new(indicator: indicator, period: period, kind: .actual)
            let measure = Measure.number(number.rounded(6))
            record.value = MeasureUnit.storageText(measure)
            record.statusName = StatusRule.judge(actual: measure, target: nil, polarity: indicator.polarity, tolerance: tolerance, overdue: false).rawValue
            record.revision = 1
            record.enteredBy = IndicatorCalculation.enteredBy
            record.enteredAt = BeaconClock.current.now()
            let verified = group.allSatisfy(\.isVerified) && group.count == inputs.count
            record.verifiedBy = verified ? "Calculated from verified values" : nil
            record.verifiedAt = verified ? BeaconClock.current.now() : nil
            record.version = 1
            try await record.create(on: db)
        }
    }
}
