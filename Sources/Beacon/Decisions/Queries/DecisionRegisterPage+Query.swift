import BeaconDomain
import Fluent
import SQLKit
import Vapor

extension DecisionRegisterPage {
    /// A notice as the register and the decisions feed show it: a line of the register, not
    /// the notice's proposals, reasons and the rest of its text, which a register of years of
    /// decisions would otherwise read in full for every visitor.
    struct Listed: Sendable {
        let id: UUID
        let reference: String
        let topic: String
        let summary: String
        let makerID: UUID
        let isKey: Bool
        let outcome: NoticeOutcome?
        let publishedAt: Date?
        let decidedAt: Date?
    }

    /// The notices this reader may see, newest first, each with its status as of now.
    static func load(_ view: CouncilView, mayRun: Bool, on db: Database) async throws -> [Row] {
        guard let sql = db as? SQLDatabase else {
            throw Abort(.internalServerError, reason: "The register needs an SQL database.")
        }
        let query = sql.select()
            .columns("id", "reference", "topic", "summary", "maker_id", "is_key", "status", "outcome",
                     "published_at", "decided_at", "effective_at")
            .from(DecisionNotice.schema).where("council_id", .equal, view.councilID)
        if !mayRun { query.where("published_at", .isNot, SQLLiteral.null) }
        let rows = try await query.orderBy("reference", .descending).all()
        let now = BeaconClock.current.now()
        let listed = try rows.map { row in
            let stored: NoticeStatus = try row.code("status", in: DecisionNotice.self)
            let status = stored.at(now, effectiveAt: try row.decode(column: "effective_at", as: Date?.self))
            return (try notice(row), status)
        }
        let names = try await names(of: Councillor.self, ids: listed.map(\.0.makerID), on: db)
        return listed.map { notice, status in
            Row(notice: notice, maker: names[notice.makerID] ?? "—", status: status)
        }
    }

    private static func notice(_ row: SQLRow) throws -> Listed {
        Listed(id: try row.decode(column: "id", as: UUID.self),
               reference: try row.decode(column: "reference", as: String.self),
               topic: try row.decode(column: "topic", as: String.self),
               summary: try row.decode(column: "summary", as: String.self),
               makerID: try row.decode(column: "maker_id", as: UUID.self),
               isKey: try row.decode(column: "is_key", as: Bool.self),
               outcome: try row.optionalCode("outcome", in: DecisionNotice.self),
               publishedAt: try row.decode(column: "published_at", as: Date?.self),
               decidedAt: try row.decode(column: "decided_at", as: Date?.self))
    }
}
