import Foundation

/// A calculated indicator's formula over other indicators' values for the same period, such as
/// `[BV 8 paid] / [BV 8 all] * 100`. Indicator codes go in square brackets; numbers, `+ - * /`
/// (or `× ÷`), unary minus and brackets are allowed.
public indirect enum Formula: Equatable, Sendable {
    case constant(Decimal)
    case indicator(String)
    case negate(Formula)
    case add(Formula, Formula)
    case subtract(Formula, Formula)
    case multiply(Formula, Formula)
    case divide(Formula, Formula)

    /// The codes the formula reads, in order of first use.
    public var references: [String] {
        var seen: [String] = []
        func walk(_ formula: Formula) {
            switch formula {
            case .constant: break
            case .indicator(let code): if !seen.contains(code) { seen.append(code) }
            case .negate(let inner): walk(inner)
            case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
                walk(a); walk(b)
            }
        }
        walk(self)
        return seen
    }

    /// The value for a period, given the inputs' values; `.noValue` says why there is none.
    public func evaluate(_ values: [String: Decimal]) -> FormulaResult {
        switch self {
        case .constant(let number): return .value(number)
        case .indicator(let code):
            return values[code].map(FormulaResult.value) ?? .noValue("There is no value for \(code) in this period.")
        case .negate(let inner): return inner.evaluate(values).map { -$0 }
        case .add(let a, let b): return combine(a, b, values) { .value($0 + $1) }
        case .subtract(let a, let b): return combine(a, b, values) { .value($0 - $1) }
        case .multiply(let a, let b): return combine(a, b, values) { .value($0 * $1) }
        case .divide(let a, let b):
            return combine(a, b, values) { top, bottom in
                bottom == 0 ? .noValue("Division by zero: \(b.written) is 0 in this period.") : .value(top / bottom)
            }
        }
    }

    private func combine(_ a: Formula, _ b: Formula, _ values: [String: Decimal],
                         _ operation: (Decimal, Decimal) -> FormulaResult) -> FormulaResult {
        switch (a.evaluate(values), b.evaluate(values)) {
        case (.value(let x), .value(let y)): return operation(x, y)
        case (.noValue(let reason), _), (_, .noValue(let reason)): return .noValue(reason)
        }
    }

    /// The formula written back in its plainest form.
    public var written: String {
        switch self {
        case .constant(let number): return "\(number)"
        case .indicator(let code): return "[\(code)]"
        case .negate(let inner): return "-\(inner.bracketed)"
        case .add(let a, let b): return "\(a.written) + \(b.written)"
        case .subtract(let a, let b): return "\(a.written) - \(b.bracketed)"
        case .multiply(let a, let b): return "\(a.bracketed) * \(b.bracketed)"
        case .divide(let a, let b): return "\(a.bracketed) / \(b.bracketed)"
        }
    }

    private var bracketed: String {
        switch self {
        case .constant, .indicator: written
        default: "(\(written))"
        }
    }
}

/// A calculated value, or the reason there is none.
public enum FormulaResult: Equatable, Sendable {
    case value(Decimal)
    case noValue(String)

    func map(_ transform: (Decimal) -> Decimal) -> FormulaResult {
        if case .value(let number) = self { return .value(transform(number)) }
        return self
    }
}

/// Checks that calculated indicators never depend on themselves, directly or through others.
public enum FormulaGraph {
    /// The first chain of codes that leads back to where it started, if any, such as
    /// `["A", "B", "A"]`. `reads` gives, for each calculated code, the codes it reads.
    public static func cycle(from start: String, reads: [String: [String]]) -> [String]? {
        var path: [String] = []
        func visit(_ code: String) -> [String]? {
            if let index = path.firstIndex(of: code) { return Array(path[index...]) + [code] }
            path.append(code)
            defer { path.removeLast() }
            for next in reads[code] ?? [] {
                if let found = visit(next) { return found }
            }
            return nil
        }
        return visit(start)
    }
}
