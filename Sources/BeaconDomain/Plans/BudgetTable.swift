import Foundation

/// The kinds of budget a council sets and reports.
public enum BudgetKind: String, CaseIterable, Codable, Sendable {
    case original, revised, estimate, outturn

    public var title: String {
        switch self {
        case .original: "Original budget"
        case .revised: "Revised budget"
        case .estimate: "Estimate"
        case .outturn: "Outturn (actual)"
        }
    }
}

/// One service activity's money for one year and kind, exact to the penny.
public struct BudgetFigures: Equatable, Codable, Sendable {
    public let expenditure: Int
    public let income: Int
    /// Full-time equivalents in hundredths.
    public let fte: Int

    public init(expenditure: Int, income: Int, fte: Int) {
        self.expenditure = expenditure
        self.income = income
        self.fte = fte
    }

    public static let zero = BudgetFigures(expenditure: 0, income: 0, fte: 0)

    /// Net cost: expenditure less income, from the exact values.
    public var net: Int { expenditure - income }

    public static func + (lhs: BudgetFigures, rhs: BudgetFigures) -> BudgetFigures {
        BudgetFigures(expenditure: lhs.expenditure + rhs.expenditure, income: lhs.income + rhs.income, fte: lhs.fte + rhs.fte)
    }
}

/// A row of the resource table: an activity with figures for the columns shown.
public struct BudgetRow: Equatable, Codable, Sendable {
    public let activity: String
    public let columns: [BudgetFigures?]
    public let notes: String

    public init(activity: String, columns: [BudgetFigures?], notes: String) {
        self.activity = activity
        self.columns = columns
        self.notes = notes
    }
}

/// The resource-implications table: rows of activities and a total row. The total is the
/// exact sum rounded once, not the sum of rounded cells, so it can differ by one from the
/// column's visible sum, as published council tables do.
public struct BudgetTable: Equatable, Codable, Sendable {
    public let columns: [String]
    public let rows: [BudgetRow]

    public init(columns: [String], rows: [BudgetRow]) {
        self.columns = columns
        self.rows = rows
    }

    /// The exact totals of each column.
    public var totals: [BudgetFigures] {
        columns.indices.map { column in
            rows.reduce(BudgetFigures.zero) { $0 + ($1.columns[column] ?? .zero) }
        }
    }
}

/// The change from one kind of budget to another for one activity.
public struct BudgetVariance: Equatable, Sendable {
    public let activity: String
    public let from: Int?
    public let to: Int?

    public init(activity: String, from: Int?, to: Int?) {
        self.activity = activity
        self.from = from
        self.to = to
    }

    /// The change in net pence; nil when either side has no figure.
    public var change: Int? {
        guard let from, let to else { return nil }
        return to - from
    }

    /// The change as a percentage of the first, to one decimal place; nil from zero.
    public var percent: Decimal? {
        guard let change, let from, from != 0 else { return nil }
        return (Decimal(change) * 100 / Decimal(abs(from))).rounded(1)
    }
}

