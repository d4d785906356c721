import BeaconDomain
import CSV
import Fluent
import Vapor

/// Reads a CSV file of values and targets, checks every row, and writes all of them in one
/// transaction only when the check found nothing wrong and the importer has confirmed.
enum IndicatorImport {
    /// Checks a file against the council's indicators; nothing is written.
    static func check(_ text: String, council: UUID, on db: Database) async throws -> ImportCheck {
        let records: [[String]]
        do {
            let reader = try CSVReader(string: text.replacingOccurrences(of: "\r\n", with: "\n"), hasHeaderRow: false, trimFields: false)
            records = Array(AnyIterator { reader.next() })
        } catch {
            return ImportCheck(fileProblem: "The file could not be read as CSV: check that quotes are closed.")
        }
        guard let header = records.first else { return ImportCheck(fileProblem: "The file is empty.") }
        let indicators = try await Indicator.query(on: db).filter(\.$councilID == council).all()
        let importable = Dictionary(indicators.map { indicator in
            (indicator.code, ImportableIndicator(unit: indicator.unit, polarity: indicator.polarity, frequency: indicator.frequency,
                                                 refusal: refusal(indicator)))
        }, uniquingKeysWith: { first, _ in first })
        return ValueImport.check(header: header, records: Array(records.dropFirst()), indicators: importable)
    }

    /// Why an indicator's values cannot come from a file, if they cannot.
    private static func refusal(_ indicator: Indicator) -> String? {
        if indicator.dataSource == .calculated { return "calculated from other indicators, so it cannot be imported" }
        if let supplier = indicator.suppliedBy { return "fed from \(supplier), so it cannot be imported" }
        return indicator.closedOn != nil ? "no longer reported" : nil
    }

    /// Writes every row of a checked file, or nothing.
    static func apply(_ check: ImportCheck, council: Council, by signedIn: SignedIn, on db: Database) async throws {
        try await db.write { db in
            let indicators = try await Indicator.query(on: db).filter(\.$councilID == council.requireID()).all()
            for row in check.rows {
                guard let indicator = indicators.first(where: { $0.code == row.code }) else { continue }
                if row.actual != nil || row.missing != nil {
                    try await write(.actual, row.actual, missing: row.missing, row: row, indicator: indicator, council: council, by: signedIn, on: db)
                }
                if let estimate = row.estimate {
                    try await write(.estimate, estimate, missing: nil, row: row, indicator: indicator, council: council, by: signedIn, on: db)
                }
                if let target = row.target {
                    let existing = try await IndicatorTarget.query(on: db).filter(\.$indicatorID == indicator.requireID()).filter(\.$period == row.period).first()
                    let input = TargetInput(target: TargetReading.text(target, unit: indicator.unit), tolerance: row.tolerance?.text, version: existing?.version)
                    _ = try await IndicatorWrite.setTarget(input, indicator: indicator, period: row.period, council: council, by: signedIn, on: db)
                }
            }
        }
    }

    private static func write(_ kind: ValueKind, _ measure: Measure?, missing: MissingReason?, row: ImportRow, indicator: Indicator,
                              council: Council, by signedIn: SignedIn, on db: Database) async throws {
        let existing = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$period == row.period).filter(\.$kind == kind).first()
        let input = ValueInput(kind: kind.rawValue, value: measure.map(indicator.unit.inputText), missingReason: missing?.rawValue,
                               commentary: row.commentary ?? existing?.commentary,
                               restatementReason: "Restated by a file imported by \(signedIn.label)", version: existing?.version)
        _ = try await IndicatorWrite.enterValue(input, indicator: indicator, period: row.period, council: council, by: signedIn, on: db)
    }
}
