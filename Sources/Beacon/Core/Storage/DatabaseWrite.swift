import Fluent
import SQLKit
import Vapor

extension Database {
    /// The database as SQLKit's: both of Beacon's stores are SQL, so anything else is a fault.
    var sql: SQLDatabase {
        get throws {
            guard let sql = self as? SQLDatabase else {
                throw Abort(.internalServerError, reason: "Beacon needs an SQL database.")
            }
            return sql
        }
    }

    /// Runs a write in a transaction, one writer at a time, so that many people saving at once
    /// all succeed ("database is locked" is never a user's error, and numbering by the highest
    /// number so far cannot hand out one number twice).
    ///
    /// On SQLite, writers in this process queue in `WriteGate`, and each transaction starts with
    /// `BEGIN IMMEDIATE`, taking the file's write lock before it reads, so it never finds its
    /// snapshot stale when it comes to write (another process — `beacon import` — is waited for).
    /// On PostgreSQL, a transaction-scoped advisory lock queues writers across every Beacon
    /// process sharing the database. A write inside a write joins the outer transaction.
    ///
    /// Fluent runs a transaction's body in a task of its own, which does not inherit task-local
    /// values, so the caller's clock (`BeaconClock.current`) is bound again inside it.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) async throws -> T) async throws -> T {
        if let outer = WriteGate.current { return try await body(outer) }
        let clock = BeaconClock.current
        let body: @Sendable (Database) async throws -> T = { db in
            try await BeaconClock.$current.withValue(clock) { try await body(db) }
        }
        let sql = try self.sql
        if sql.dialect.name == "sqlite" {
            return try await WriteGate.shared.run {
                try await self.withConnection { connection in
                    try await connection.immediateTransaction(body)
                }
            }
        }
        return try await transaction { tx in
            let lock: SQLQueryString = "SELECT pg_advisory_xact_lock(\(literal: WriteGate.postgresLockKey))"
            try await (tx as? SQLDatabase)?.raw(lock).run()
            return try await WriteGate.$current.withValue(tx) { try await body(tx) }
        }
    }

    private func immediateTransaction<T: Sendable>(
        _ body: @escaping @Sendable (Database) async throws -> T
    ) async throws -> T {
        let sql = try self.sql
        // Another process (`beacon import`) may hold the file's write lock: wait for it, as
        // Beacon's own bulk connection does, instead of failing at once (sqlite-nio sets no wait).
        try await sql.raw("PRAGMA busy_timeout = 60000").run()
        try await sql.raw("BEGIN IMMEDIATE").run()
        do {
            let result = try await WriteGate.$current.withValue(self) { try await body(self) }
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }
}

/// The queue of writers in this process (SQLite allows one at a time), and the transaction a
/// write is running in, for writes called inside it.
actor WriteGate {
    static let shared = WriteGate()
    /// Any fixed number: every Beacon process asks PostgreSQL for the same lock.
    static let postgresLockKey = 4_242_001

    @TaskLocal static var current: Database?

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await enter()
        defer { leave() }
        return try await body()
    }

    private func enter() async {
        guard busy else { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
