import Fluent
import Vapor

/// Writes the access log: one line each time someone opens a sensitive record. The title names
/// the record by its reference, never by the person it is about.
enum AccessLog {
    /// The kinds of record whose openings are logged.
    enum Kind: String, CaseIterable, Sendable {
        case complaint
        case serviceRequest = "service request"
        case subjectAccessExport = "subject access export"
        case subjectAccessSearch = "subject access search"
    }

    static func record(_ kind: Kind, id: UUID?, title: String, council: UUID, by signedIn: SignedIn,
                       on db: Database) async throws {
        let entry = AccessLogEntry()
        entry.councilID = council
        entry.userID = signedIn.userID
        entry.actorLabel = signedIn.label
        entry.recordType = kind.rawValue
        entry.recordID = id
        entry.recordTitle = String(title.prefix(200))
        entry.openedAt = BeaconClock.current.now()
        try await db.write { tx in try await entry.create(on: tx) }
    }
}
