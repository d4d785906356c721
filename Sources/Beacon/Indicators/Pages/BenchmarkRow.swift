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

    static func load(for indicator: Indicator, latest: PeriodResult?, on db: Database) async throws -> (period: String, rows: [BenchmarkRow])? {
        guard let code = indicator.benchmarkCode, let period = latest?.period else { return nil }
        let peers = try await Indicator.query(on: db).filter(\.$code == code).filter(\.$scopeName == IndicatorScope.national.rawValue).all()
        let values = try await IndicatorValue.query(on: db).filter(\.$indicatorID ~~ peers.compactMap(\.id))
            .filter(\.$periodKey == period.key).filter(\.$kindName == ValueKind.actual.rawValue).filter(\.$verifiedAt != nil).all()
        var numbers: [UUID: Decimal] = [:]
        var shown: [UUID: String] = [:]
        for value in values {
            guard let peer = peers.first(where: { $0.id == value.indicatorID }), let measure = value.measure(unit: peer.unit),
                  let number = measure.number else { continue }
            numbers[peer.councilID] = number
            shown[peer.councilID] = peer.format(measure)
        }
        guard numbers.count > 1 else { return nil }
        let councils = try await Council.query(on: db).filter(\.$id ~~ Array(numbers.keys)).all()
        let rows = councils.map { council in
            BenchmarkRow(councilID: council.id!, councilName: council.name, value: shown[council.id!] ?? "—",
                         position: Benchmark.position(of: council.id!, among: numbers, polarity: indicator.polarity))
        }
        return (period.label, rows.sorted { ($0.position?.rank ?? .max, $0.councilName) < ($1.position?.rank ?? .max, $1.councilName) })
    }

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
