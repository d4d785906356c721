import Foundation

/// The band a risk's score falls in, named in words so status is never colour alone.
public enum RiskBand: String, Codable, Sendable {
    case low, medium, high

    public var title: String { rawValue.capitalized }
}

/// A council's risk scale: likelihood and impact each scored 1 to 4 (the default) or 1 to 5.
public struct RiskScale: Equatable, Codable, Sendable {
    public let points: Int

    public init?(points: Int) {
        guard points == 4 || points == 5 else { return nil }
        self.points = points
    }

    public static let four = RiskScale(points: 4)!

    public var range: ClosedRange<Int> { 1...points }

    /// Low up to the scale's size (4 on 1–4), high above half the largest score (9+ on 1–4,
    /// 13+ on 1–5), medium between.
    public func band(_ score: Int) -> RiskBand {
        if score <= points { return .low }
        if score > points * points / 2 { return .high }
        return .medium
    }
}

/// Likelihood × impact.
public struct RiskRating: Equatable, Codable, Sendable {
    public let likelihood: Int
    public let impact: Int

    public init?(likelihood: Int, impact: Int, scale: RiskScale) {
        guard scale.range.contains(likelihood), scale.range.contains(impact) else { return nil }
        self.likelihood = likelihood
        self.impact = impact
    }

    public var score: Int { likelihood * impact }
}

/// The grid of likelihood by impact, with how many risks sit in each cell.
public struct RiskHeatMap: Equatable, Sendable {
    public let scale: RiskScale
    private let counts: [Int: Int]

    public init(scale: RiskScale, ratings: [RiskRating]) {
        self.scale = scale
        var counts: [Int: Int] = [:]
        for rating in ratings { counts[Self.key(rating.likelihood, rating.impact), default: 0] += 1 }
        self.counts = counts
    }

    private static func key(_ likelihood: Int, _ impact: Int) -> Int { likelihood * 100 + impact }

    public func count(likelihood: Int, impact: Int) -> Int { counts[Self.key(likelihood, impact)] ?? 0 }

    /// Rows from the most likely down, as heat maps are drawn.
    public var likelihoodsTopDown: [Int] { scale.range.reversed() }
}
