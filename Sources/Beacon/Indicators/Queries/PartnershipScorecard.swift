import BeaconDomain
import Fluent
import Vapor

/// A partnership's councils side by side: each indicator code that more than one partner
/// reports, with every partner's latest verified result for a period.
struct PartnershipScorecard: Sendable {
    struct Row: Sendable {
        let code: String
        let title: String
        /// One per partner, in `councils`' order; nil where the partner does not report it.
        let results: [(indicator: Indicator, result: PeriodResult?)?]
    }

    let partnership: Partnership
    let councils: [Council]
    let period: ReportingPeriod
    let rows: [Row]

    /// The partnership named by `:id` with the council of the path among its partners; 404 otherwise.
    static func load(_ view: CouncilView, id: UUID?, period: ReportingPeriod,
                     on db: Database) async throws -> PartnershipScorecard {
        let members = try await PartnershipCouncil.query(on: db).filter(\.$partnership.$id == (id ?? UUID())).all()
        guard let id, members.contains(where: { $0.councilID == view.councilID }),
              let partnership = try await Partnership.find(id, on: db) else {
            throw Abort(.notFound, reason: "\(view.council.name) is in no partnership with that id.")
        }
        let councils = try await Council.query(on: db).filter(\.$id ~~ members.map(\.councilID)).sort(\.$name).all()
        var byCouncil: [UUID: [String: (Indicator, PeriodResult?)]] = [:]
        for council in councils {
            let indicators = try await Indicator.query(on: db).filter(\.$councilID == council.id!)
                .filter(\.$closedOn == nil).all()
            let histories = try await IndicatorResults(council: council, verifiedOnly: true, today: view.today)
                .recent(indicators, endingBy: period.end, points: 1, on: db)
            byCouncil[council.id!] = Dictionary(indicators.map { ($0.code, ($0,
                histories[$0.id!]?.latest(endingBy: period.end))) },
                                                uniquingKeysWith: { first, _ in first })
        }
        let shared = Set(byCouncil.values.flatMap(\.keys)).filter { code in
            councils.filter { byCouncil[$0.id!]?[code] != nil }.count > 1
        }
        let rows = shared.sorted().map { code in
            let results = councils.map { council in byCouncil[council.id!]?[code].map { (indicator: $0.0,
                result: $0.1) } }
            let title = results.compactMap { $0?.indicator.title }.first ?? code
            return Row(code: code, title: title, results: results)
        }
        return PartnershipScorecard(partnership: partnership, councils: councils, period: period, rows: rows)
    }
}
