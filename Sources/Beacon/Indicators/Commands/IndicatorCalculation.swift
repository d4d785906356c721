import BeaconDomain
import Fluent
import Vapor

/// Works out calculated indicators from their inputs' actual values for the same period.
/// A calculated value counts as verified only when every input it used is verified.
enum IndicatorCalculation {
    static let enteredBy = "Calculated by Beacon"

    /// Recalculates every calculated indicator that reads `indicator`, for one period, and
    /// those that read them in turn (formulas cannot form a circle; see `FormulaGraph`).
    static func recompute(dependentsOf indicator: Indicator, period: ReportingPeriod, council: Council,
                          by signedIn: SignedIn?, on db: Database) async throws {
        let calculated = try await Indicator.query(on: db).filter(\.$councilID == indicator.councilID)
            .filter(\.$dataSource == DataSource.calculated).all()
        for dependent in calculated where dependent.parsedFormula?.references.contains(indicator.code) == true {
            try await recompute(dependent, period: period, council: council, by: signedIn, on: db)
        }
    }

    /// Recalculates every period any input has an actual for, as when the formula changes.
    static func recomputeAllPeriods(of indicator: Indicator, by signedIn: SignedIn?, on db: Database) async throws {
        guard let formula = indicator.parsedFormula, let council = try await Council.find(indicator.councilID, on: db) else { return }
        let inputs = try await Indicator.query(on: db).filter(\.$councilID == indicator.councilID).filter(\.$code ~~ formula.references).all()
        let keys = try await IndicatorValue.query(on: db).filter(\.$indicatorID ~~ inputs.compactMap(\.id))
            .filter(\.$kind == ValueKind.actual).all().map(\.period.key)
        for period in Set(keys).compactMap(ReportingPeriod.init(key:)).sorted() {
            try await recompute(indicator, period: period, council: council, by: signedIn, on: db)
        }
    }

    static func recompute(_ indicator: Indicator, period: ReportingPeriod, council: Council, by signedIn: SignedIn?, on db: Database) async throws {
        guard let formula = indicator.parsedFormula else { return }
        let inputs = try await Indicator.query(on: db).filter(\.$councilID == indicator.councilID).filter(\.$code ~~ formula.references).all()
        let values = try await IndicatorValue.query(on: db).filter(\.$indicatorID ~~ inputs.compactMap(\.id))
            .filter(\.$period == period).filter(\.$kind == ValueKind.actual).all()
        var numbers: [String: Decimal] = [:]
        var allVerified = true
        for value in values {
            guard let input = inputs.first(where: { $0.id == value.indicatorID }), let number = value.measure(unit: input.unit)?.number else { continue }
            numbers[input.code] = number
            allVerified = allVerified && value.isVerified
        }
        if numbers.isEmpty, try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$period == period).filter(\.$kind == ValueKind.actual).count() == 0 {
            return
        }
        var recording = ValueRecording(enteredBy: enteredBy, verification: .unverified)
        switch formula.evaluate(numbers) {
        case .value(let number): recording.value = "\(number.rounded(6))"
        case .noValue(let reason): recording.calculationNote = reason
        }
        if allVerified && numbers.count == formula.references.count {
            recording.verification = .by("Calculated from verified values")
        }
        // Recording the value works out the indicators that read this one in turn.
        try await IndicatorValueWrite.record(recording, indicator: indicator, period: period, council: council,
                                             by: signedIn, on: db)
    }
}
