import BeaconDomain
import Fluent
import Foundation

/// Writes one demo indicator's targets, actuals and estimates from its first year (2021/22) to today. Values are
/// recorded through `IndicatorValueWrite`, as any other source's are, so they are judged and
/// audited the same way.
struct DemoIndicatorHistory {
    let spec: DemoIndicators.Spec
    let indicator: Indicator
    let seed: Int
    let today: CalendarDate
    let council: Council
    var everyValueVerified = false
    /// The first financial year with values: five years back for the demo, ten for the large history.
    var firstYear = DemoIndicators.firstYear

    static let enteredBy = "Demo data"

    func write(on db: Database) async throws {
        let dueRule = council.valueDueRule
        let ended = Array(ValueDueRule.endedPeriods(spec.frequency, from: firstYear, today: today).reversed())
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
            let verified = everyValueVerified || !isLatest || seed % 3 != 0
            var recording = ValueRecording(enteredBy: Self.enteredBy,
                                           verification: verified ? .by(Self.enteredBy) : .unverified)
            if spec.frequency == .survey && (period.startYear - firstYear) % 2 == 1 {
                recording.missingReason = .notCollected
                recording.commentary = "No survey: the residents' survey runs every other year."
            } else {
                let measure = actual(period, index: index, isLatest: isLatest, target: target)
                recording.value = MeasureUnit.storageText(measure)
                recording.commentary = isLatest ? "Latest figures from the service's own records." : nil
            }
            try await record(recording, period: period, on: db)
        }
        for period in future {
            if let target = targetValue(period) { try await saveTarget(target, period: period, on: db) }
            guard spec.unit.isNumeric, spec.polarity != .dataOnly else { continue }
            let figure = MeasureUnit.storageText(.number(spec.target.rounded(spec.places)))
            let estimate = ValueRecording(kind: .estimate, value: figure, commentary: "Estimate from the year to date.",
                                          enteredBy: Self.enteredBy, verification: .by(Self.enteredBy))
            try await record(estimate, period: period, on: db)
        }
    }

    private func record(_ recording: ValueRecording, period: ReportingPeriod, on db: Database) async throws {
        try await IndicatorValueWrite.record(recording, indicator: indicator, period: period, council: council,
                                             by: nil, on: db)
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
}
