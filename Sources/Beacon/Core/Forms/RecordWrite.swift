import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// The one place records are created, changed and closed: each write validates, runs in a
/// transaction, writes its audit entry and returns the saved record.
enum RecordWrite {
    static func create<R: ManagedRecord>(_ type: R.Type, _ input: R.Input, by signedIn: SignedIn, on db: Database) async throws -> R {
        try await db.write { db in
            let record = R()
            try await record.apply(input, actor: signedIn.actor, on: db)
            record.version = 1
            try await record.create(on: db)
            try await record.afterSave(input, created: true, by: signedIn, on: db)
            try await AuditTrail.record(.create, record, before: nil, by: signedIn, on: db)
            return record
        }
    }

    static func update<R: ManagedRecord>(_ record: R, _ input: R.Input, by signedIn: SignedIn, on db: Database) async throws -> R {
        try checkVersion(record, input.version)
        return try await db.write { db in
            let before = try AuditTrail.snapshot(record)
            try await record.apply(input, actor: signedIn.actor, on: db)
            try await save(record, expecting: record.version, on: db)
            try await record.afterSave(input, created: false, by: signedIn, on: db)
            try await AuditTrail.record(.update, record, before: before, by: signedIn, on: db)
            return record
        }
    }

    static func close<R: ManagedRecord>(_ record: R, version: Int?, by signedIn: SignedIn, on db: Database) async throws -> R {
        try checkVersion(record, version)
        guard record.closedNote == nil else {
            throw Abort(.conflict, reason: "This \(R.noun) is already closed.")
        }
        return try await db.write { db in
            let before = try AuditTrail.snapshot(record)
            record.close(on: BeaconClock.current.today)
            try await save(record, expecting: record.version, on: db)
            try await AuditTrail.record(.close, record, before: before, by: signedIn, on: db)
            return record
        }
    }

    private static func checkVersion<R: ManagedRecord>(_ record: R, _ version: Int?) throws {
        guard let version else {
            throw ValidationFailed(field: "version", "Send the version of the \(R.noun) you are changing")
        }
        guard version == record.version else { throw EditConflict(noun: R.noun) }
    }

    /// Saves only if nobody saved since the version was read.
    private static func save<R: ManagedRecord>(_ record: R, expecting version: Int, on db: Database) async throws {
        try await claimVersion(of: R.schema, id: record.requireID(), expecting: version, noun: R.noun, on: db)
        record.version = version + 1
        try await record.update(on: db)
    }

    /// Moves a row's version on by a conditional UPDATE, which also locks the row until the
    /// transaction ends, so two saves racing from the same version cannot both win.
    static func claimVersion(of schema: String, id: UUID, expecting version: Int, noun: String, on db: Database) async throws {
        let sql = try db.sql
        let claimed = try await sql.update(schema)
            .set("version", to: version + 1)
            .where("id", .equal, id)
            .where("version", .equal, version)
            .returning("id")
            .all()
        guard !claimed.isEmpty else { throw EditConflict(noun: noun) }
    }
}

extension TimeZone {
    /// People's dates are in UK time.
    static let london = TimeZone(identifier: "Europe/London")!
}
