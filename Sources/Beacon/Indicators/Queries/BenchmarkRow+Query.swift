import BeaconDomain
import Fluent
import Plot
import Vapor

extension BenchmarkRow {
    static func load(for indicator: Indicator, latest: PeriodResult?, on db: Database) async throws -> (period: String, rows: [BenchmarkRow])? {
        guard let code = indicator.benchmarkCode, let period = latest?.period else { return nil }
        let peers = try await Indicator.query(on: db).filter(\.$code == code).filter(\.$scope == IndicatorScope.national).all()
        let values = try await IndicatorValue.query(on: db).filter(\.$indicatorID ~~ peers.compactMap(\.id))
            .filter(\.$period == period).filter(\.$kind == ValueKind.actual).filter(\.$verifiedAt != nil).all()
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
}
