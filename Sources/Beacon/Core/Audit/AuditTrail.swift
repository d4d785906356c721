import Fluent
import Foundation
import Vapor

/// A record whose changes are written to the audit trail.
protocol Audited: Model, Encodable where IDValue == UUID {
    /// The name of the record's kind in the trail, such as "unit".
    static var auditType: String { get }
    /// How the trail names this record, such as the unit's name.
    var auditTitle: String { get }
    /// The council the record belongs to, if it belongs to one.
    var auditCouncilID: UUID? { get }
}

/// Writes audit entries. Call it inside the transaction of the change.
enum AuditTrail {
    /// Fields never copied into the trail, because the trail is readable by administrators.
    static let redacted: Set<String> = ["passwordHash", "keyHash", "fileBytes"]

    static func snapshot<R: Audited>(_ record: R) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(record)
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return String(decoding: data, as: UTF8.self)
        }
        for key in redacted where object[key] != nil { object[key] = "(not recorded)" }
        let cleaned = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: cleaned, as: UTF8.self)
    }

    /// Records a reading that changes nothing but must be accounted for (a subject access search
    /// or export): `details` is what was asked and found, as JSON.
    static func recordReading(_ change: AuditChange, type: String, title: String, details: [String: Any],
                              council: UUID, by signedIn: SignedIn, on db: Database) async throws {
        let entry = AuditEntry()
        entry.councilID = council
        entry.userID = signedIn.userID
        entry.apiKeyID = signedIn.apiKeyID
        entry.actorLabel = signedIn.label
        entry.change = change.rawValue
        entry.recordType = type
        entry.recordID = UUID()
        entry.recordTitle = title
        let data = try JSONSerialization.data(withJSONObject: details, options: [.sortedKeys])
        entry.after = String(decoding: data, as: UTF8.self)
        entry.at = BeaconClock.current.now()
        try await db.write { tx in try await entry.create(on: tx) }
    }

    static func record<R: Audited>(_ change: AuditChange, _ record: R, before: String?,
                                   by signedIn: SignedIn?, on db: Database) async throws {
        let entry = AuditEntry()
        entry.councilID = record.auditCouncilID ?? signedIn?.actor.councilID
        entry.userID = signedIn?.userID
        entry.apiKeyID = signedIn?.apiKeyID
        entry.actorLabel = signedIn?.label ?? "Beacon (system)"
        entry.change = change.rawValue
        entry.recordType = R.auditType
        entry.recordID = try record.requireID()
        entry.recordTitle = String(record.auditTitle.prefix(200))
        entry.before = before
        entry.after = change == .delete ? nil : try snapshot(record)
        entry.at = BeaconClock.current.now()
        try await entry.create(on: db)
        // What the council's public pages show may have changed: their validators must change too.
        if let council = entry.councilID { try await DataVersion.bump(council: council, on: db) }
    }
}
