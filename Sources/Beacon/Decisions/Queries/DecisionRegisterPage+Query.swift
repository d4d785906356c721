import BeaconDomain
import Fluent
import Plot
import Vapor

extension DecisionRegisterPage {
    /// The notices this reader may see, newest first, each with its status as of now.
    static func load(_ view: CouncilView, mayRun: Bool, on db: Database) async throws -> [Row] {
        var query = DecisionNotice.query(on: db).filter(\.$councilID == view.councilID)
        if !mayRun { query = query.filter(\.$publishedAt != nil) }
        let notices = try await query.sort(\.$reference, .descending).all()
        let names = try await names(of: Councillor.self, ids: notices.map(\.makerID), on: db)
        let now = BeaconClock.current.now()
        return notices.map { Row(notice: $0, maker: names[$0.makerID] ?? "—", status: $0.status(at: now)) }
    }
}
