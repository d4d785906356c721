import Foundation

/// What the import needs to know of an indicator to read its row.
public struct ImportableIndicator: Sendable {
    public let unit: MeasureUnit
    public let polarity: Polarity
    public let frequency: Frequency
    /// Nil when the importer may write to it; otherwise why not ("calculated from a formula").
    public let refusal: String?

    public init(unit: MeasureUnit, polarity: Polarity, frequency: Frequency, refusal: String? = nil) {
        self.unit = unit
        self.polarity = polarity
        self.frequency = frequency
        self.refusal = refusal
    }
}

/// One accepted row: an indicator's period with any of an actual, an estimate, a target.
public struct ImportRow: Equatable, Sendable {
    public let line: Int
    public let code: String
    public let period: ReportingPeriod
    public let actual: Measure?
    public let missing: MissingReason?
    public let estimate: Measure?
    public let target: TargetValue?
    public let tolerance: Tolerance?
    public let commentary: String?
}

/// A row that would not be imported, and why.
public struct ImportRejection: Error, Equatable, Sendable {
    public let line: Int
    public let reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}

/// The outcome of checking a file: rows to write and rows refused. Nothing is written
/// unless `rejections` is empty and `fileProblem` is nil.
public struct ImportCheck: Sendable {
    public var rows: [ImportRow] = []
    public var rejections: [ImportRejection] = []
    public var fileProblem: String?

    public init(fileProblem: String? = nil) { self.fileProblem = fileProblem }

    public var canImport: Bool { fileProblem == nil && rejections.isEmpty && !rows.isEmpty }
}

/// Checks a CSV of values and targets, one row per indicator and period.
public enum ValueImport {
    public static let columns = ["code", "period", "actual", "missing_reason", "estimate", "target", "tolerance", "commentary"]
    static let requiredColumns = ["code", "period"]

    /// `records` are the CSV's rows after the header; the header is line 1, so record `i`
    /// (from 0) is line `i + 2`.
    public static func check(header: [String], records: [[String]], indicators: [String: ImportableIndicator]) -> ImportCheck {
        var result = ImportCheck()
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let unknown = names.first(where: { !columns.contains($0) }) {
            result.fileProblem = "The column “\(unknown)” is not one Beacon reads. The columns are: \(columns.joined(separator: ", "))."
        } else if let missing = requiredColumns.first(where: { !names.contains($0) }) {
            result.fileProblem = "The file has no “\(missing)” column. The first line must name the columns: \(columns.joined(separator: ", "))."
        } else if Set(names).count != names.count {
            result.fileProblem = "A column is named twice in the first line."
        } else if records.allSatisfy(isBlank) {
            result.fileProblem = "The file has no rows after the first line."
        }
        guard result.fileProblem == nil else { return result }
        var seen: [String: Int] = [:]
        for (offset, record) in records.enumerated() {
            let line = offset + 2
            if isBlank(record) { continue }
            guard record.count == names.count else {
                result.rejections.append(.init(line: line, reason: "Has \(record.count) values; the first line names \(names.count) columns."))
                continue
            }
            let cells = Dictionary(uniqueKeysWithValues: zip(names, record.map { $0.trimmingCharacters(in: .whitespaces) }))
            switch readRow(line: line, cells: cells, indicators: indicators) {
            case .failure(let rejection): result.rejections.append(rejection)
            case .success(let row):
                let key = "\(row.code)\u{1F}\(row.period.key)"
                if let first = seen[key] {
                    result.rejections.append(.init(line: line, reason: "Repeats \(row.code) for \(row.period.label), already given on line \(first)."))
                } else {
                    seen[key] = line
                    result.rows.append(row)
                }
            }
        }
        return result
    }

    private static func isBlank(_ record: [String]) -> Bool {
        record.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    private static func readRow(line: Int, cells: [String: String], indicators: [String: ImportableIndicator]) -> Result<ImportRow, ImportRejection> {
        func reject(_ reason: String) -> Result<ImportRow, ImportRejection> { .failure(.init(line: line, reason: reason)) }
        let code = cells["code"] ?? ""
        guard !code.isEmpty else { return reject("The code is empty.") }
        guard let indicator = indicators[code] else { return reject("There is no indicator with the code “\(code)”.") }
        if let refusal = indicator.refusal { return reject("\(code): \(refusal)") }
        guard let period = ReportingPeriod(label: cells["period"] ?? "") else {
            return reject("“\(cells["period"] ?? "")” is not a period; write it like 2004/05, 2004/05 Q1, 2004/05 H1 or April 2004.")
        }
        guard period.kind == indicator.frequency.periodKind else {
            return reject("\(code) is reported \(indicator.frequency.title.lowercased()), so \(period.label) is not one of its periods.")
        }
        var problems: [String] = []
        let actual = measure(cells["actual"], indicator.unit, "actual", &problems)
        let estimate = measure(cells["estimate"], indicator.unit, "estimate", &problems)
        var missing: MissingReason?
        if let text = cells["missing_reason"], !text.isEmpty {
            missing = MissingReason(rawValue: text.lowercased().replacingOccurrences(of: " ", with: "_"))
            if missing == nil { problems.append("missing_reason must be one of \(MissingReason.allCases.map(\.rawValue).joined(separator: ", "))") }
            if actual != nil { problems.append("give an actual or a missing reason, not both") }
        }
        let target = targetValue(cells["target"], indicator, &problems)
        var tolerance: Tolerance?
        if let text = cells["tolerance"], !text.isEmpty {
            tolerance = Tolerance(text: text)
            if tolerance == nil { problems.append("tolerance must be a percentage like 5% or an amount like 2.5") }
            if target == nil { problems.append("a tolerance needs a target on the same row") }
        }
        let commentary = cells["commentary"].flatMap { $0.isEmpty ? nil : $0 }
        if (commentary?.count ?? 0) > 2000 { problems.append("commentary must be 2,000 characters or fewer") }
        if problems.isEmpty, actual == nil, missing == nil, estimate == nil, target == nil {
            problems.append("give at least one of actual, missing_reason, estimate or target")
        }
        guard problems.isEmpty else { return reject("\(code) \(period.label): " + problems.joined(separator: "; ") + ".") }
        return .success(ImportRow(line: line, code: code, period: period, actual: actual, missing: missing, estimate: estimate,
                                  target: target, tolerance: tolerance, commentary: commentary))
    }

    private static func measure(_ text: String?, _ unit: MeasureUnit, _ column: String, _ problems: inout [String]) -> Measure? {
        guard let text, !text.isEmpty else { return nil }
        switch unit.parse(text) {
        case .success(let measure): return measure
        case .failure(let error):
            problems.append("\(column) “\(text)” cannot be read (\(error.message.lowercased()))")
            return nil
        }
    }

    private static func targetValue(_ text: String?, _ indicator: ImportableIndicator, _ problems: inout [String]) -> TargetValue? {
        guard let text, !text.isEmpty else { return nil }
        switch TargetReading.read(text, unit: indicator.unit, polarity: indicator.polarity) {
        case .success(let target): return target
        case .failure(let error):
            problems.append("target “\(text)” cannot be read (\(error.message.lowercased()))")
            return nil
        }
    }
}

/// Reads a target as written in a form or CSV file: a value in the indicator's unit, or for a
/// band two values joined by “to” (`40 to 60`).
public enum TargetReading {
    public static func read(_ text: String, unit: MeasureUnit, polarity: Polarity) -> Result<TargetValue, MeasureError> {
        if polarity == .dataOnly { return .failure(.init("Data-only indicators have no target")) }
        if unit == .text { return .failure(.init("Text indicators have no target")) }
        if polarity == .band {
            let ends = text.lowercased().components(separatedBy: " to ")
            guard ends.count == 2, case .success(.number(let low)) = unit.parse(ends[0]),
                  case .success(.number(let high)) = unit.parse(ends[1]) else {
                return .failure(.init("Write a band as two numbers joined by “to”, like 40 to 60"))
            }
            guard low <= high else { return .failure(.init("The lower end of the band must come first")) }
            return .success(.band(low: low, high: high))
        }
        return unit.parse(text).flatMap { measure in
            switch measure {
            case .number(let number): .success(.number(number))
            case .yesNo(let value): .success(.yesNo(value))
            case .date(let day): .success(.date(day))
            case .text: .failure(.init("Text indicators have no target"))
            }
        }
    }

    /// The target written back as `read` accepts it (money in pounds).
    public static func text(_ target: TargetValue, unit: MeasureUnit) -> String {
        switch target {
        case .number(let number): unit.inputText(.number(number))
        case .band(let low, let high): "\(unit.inputText(.number(low))) to \(unit.inputText(.number(high)))"
        case .yesNo(let value): value ? "yes" : "no"
        case .date(let day): day.iso
        }
    }
}
