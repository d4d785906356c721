import Fluent
import SQLKit
import Vapor

/// A signed-in browser's session, kept in the database for eight hours from sign-in. Only
/// signing in makes one (the sign-in form's token lives in a cookie of its own), so visitors
/// reading pages leave nothing behind.
final class SessionRow: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "data") var data: SessionData
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}

/// Vapor's session store for Beacon. Sessions expire eight hours after sign-in, and expired
/// ones are deleted whenever a new one is made, so the table holds only live sessions (Fluent's
/// own store keeps every session for ever). Vapor asks the store to save the session after
/// every response and to make one for any unknown cookie; this store writes only when the
/// session's data changed and keeps nothing for a session with no data, so reading pages
/// writes nothing and a stale cookie leaves no row behind.
struct BeaconSessions: SessionDriver {
    static let lifetime: TimeInterval = 8 * 3600

    private struct AsRead: StorageKey { typealias Value = [String: String] }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        let key = [UInt8].random(count: 32).base64String()
        guard !data.snapshot.isEmpty else { return request.eventLoop.makeSucceededFuture(SessionID(string: key)) }
        let now = request.now
        let row = SessionRow()
        (row.key, row.data, row.expiresAt) = (key, data, now.addingTimeInterval(Self.lifetime))
        return request.eventLoop.makeFutureWithTask { [db = request.db] in
            try await db.write { tx in
                try await SessionRow.query(on: tx).filter(\.$expiresAt < now).delete()
                try await row.create(on: tx)
            }
            return SessionID(string: key)
        }
    }

    // Read with SQLKit, only the data: every signed-in request reads its session, and Fluent
    // makes a model by reflecting on it.
    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        guard let sql = request.db as? SQLDatabase else {
            let problem = Abort(.internalServerError, reason: "Sessions need an SQL database.")
            return request.eventLoop.makeFailedFuture(problem)
        }
        return request.eventLoop.makeFutureWithTask { [now = request.now] in
            let row = try await sql.select().column("data").from(SessionRow.schema)
                .where("key", .equal, sessionID.string).where("expires_at", .greaterThan, now).first()
            let data = try row?.decode(column: "data", as: SessionData.self)
            request.storage[AsRead.self] = data?.snapshot
            return data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData,
                       for request: Request) -> EventLoopFuture<SessionID> {
        guard request.storage[AsRead.self] != data.snapshot else {
            return request.eventLoop.makeSucceededFuture(sessionID)
        }
        return request.eventLoop.makeFutureWithTask { [db = request.db] in
            try await db.write { tx in
                try await SessionRow.query(on: tx).filter(\.$key == sessionID.string).set(\.$data, to: data).update()
            }
            return sessionID
        }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        request.eventLoop.makeFutureWithTask { [db = request.db] in
            try await db.write { tx in try await SessionRow.query(on: tx).filter(\.$key == sessionID.string).delete() }
        }
    }
}

/// Moves sessions from Fluent's store, which never expires them, to Beacon's.
struct CreateSessions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(SessionRow.schema)
            .id()
            .field("key", .string, .required)
            .field("data", .json, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "key")
            .create()
        guard let sql = database as? SQLDatabase else { return }
        try await sql.create(index: "sessions_expires_at").on(SessionRow.schema).column("expires_at").run()
        // Everyone signs in again once; Fluent's table may be missing in a store made after this change.
        try await sql.raw("DROP TABLE IF EXISTS _fluent_sessions").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema(SessionRow.schema).delete()
    }
}
