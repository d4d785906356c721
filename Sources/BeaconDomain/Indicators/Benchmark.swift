import Foundation

/// A council's place among the councils of a deployment reporting the same national indicator
/// for the same period.
public struct BenchmarkPosition: Equatable, Sendable {
    /// 1 is best; councils with equal values share a rank.
    public let rank: Int
    public let of: Int
    /// 1 is the best quarter, 4 the worst; nil when only one council reports.
    public let quartile: Int?

    public init(rank: Int, of: Int, quartile: Int?) {
        self.rank = rank
        self.of = of
        self.quartile = quartile
    }
}

public enum Benchmark {
    /// Ranks `subject` among `values` by polarity. Nil when the subject has no value or the
    /// indicator is not judged (data only, band).
    public static func position<Key: Hashable>(of subject: Key, among values: [Key: Decimal], polarity: Polarity) -> BenchmarkPosition? {
        guard let mine = values[subject], polarity == .higherIsBetter || polarity == .lowerIsBetter else { return nil }
        let better = values.values.count { polarity == .higherIsBetter ? $0 > mine : $0 < mine }
        let rank = better + 1
        let count = values.count
        // Quartile by position from best (0) to worst (1), so the best is always in the first
        // quarter and the worst always in the fourth, however few councils report.
        let quartile = count > 1 ? min(4, 4 * (rank - 1) / (count - 1) + 1) : nil
        return BenchmarkPosition(rank: rank, of: count, quartile: quartile)
    }
}
