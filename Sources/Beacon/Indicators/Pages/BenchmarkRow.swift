import BeaconDomain
import Fluent
import Plot
import Vapor

/// One council's verified result for a national indicator in a period, with its rank among
/// the councils of this deployment that report it.
struct BenchmarkRow: Sendable {
    let councilID: UUID
    let councilName: String
    let value: String
    let position: BenchmarkPosition?

    static func section(_ benchmark: (period: String, rows: [BenchmarkRow])?, indicator: Indicator, council: UUID) -> Node<HTML.BodyContext> {
        guard let benchmark else { return .empty }
        let own = benchmark.rows.first { $0.councilID == council }?.position
        return .group(
            .h2(.text("Compared with other councils, \(benchmark.period)")),
            .unwrap(own) { position in
                .p(.text("Ranked \(position.rank) of \(position.of) councils in this deployment reporting \(indicator.code)"
                         + (position.quartile.map { ", in the \(quartileName($0)) quartile." } ?? ".")))
            },
            .table(.caption(.class("visually-hidden"), .text("Verified results of councils reporting \(indicator.code)")),
                   .thead(.tr(.th("Council"), .th("Value"), .th("Rank"), .th("Quartile"))),
                   .tbody(.forEach(benchmark.rows) { row in
                       .tr(.td(.text(row.councilName)), .td(.text(row.value)), .td(.text(row.position.map { "\($0.rank) of \($0.of)" } ?? "—")),
                           .td(.text(row.position?.quartile.map(quartileName) ?? "—")))
                   })))
    }

    static func quartileName(_ quartile: Int) -> String {
        ["top", "second", "third", "bottom"][quartile - 1]
    }
}
