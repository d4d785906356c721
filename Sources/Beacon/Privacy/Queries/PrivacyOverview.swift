import BeaconDomain
import Fluent
import Vapor

/// What the privacy page shows: the council's retention schedule, the daily job's last runs and
/// the erasures' tombstones.
struct PrivacyOverview: Sendable {
    struct Period: Sendable {
        let record: RetainedRecord
        let months: Int
        let isDefault: Bool
    }

    let periods: [Period]
    let runs: [JobRun]
    let erasures: [Erasure]

    static func load(council: UUID, on db: Database) async throws -> PrivacyOverview {
        let set = try await RetentionPeriods.months(council: council, on: db)
        let periods = RetainedRecord.allCases.map { record in
            Period(record: record, months: set[record] ?? record.defaultMonths, isDefault: set[record] == nil)
        }
        let runs = try await JobRun.query(on: db).sort(\.$startedAt, .descending).limit(10).all()
        let erasures = try await Erasure.query(on: db).filter(\.$councilID == council)
            .sort(\.$erasedAt, .descending).limit(20).all()
        return PrivacyOverview(periods: periods, runs: runs, erasures: erasures)
    }
}

extension Request {
    /// The council in the path, for its data protection officer or an administrator.
    func privacyDesk() async throws -> (CouncilView, SignedIn) {
        let view = try await councilView()
        let signedIn = try requireOwnCouncil(view)
        try require(.handlePersonalData(council: view.councilID))
        return (view, signedIn)
    }
}

/// The access log's latest lines, newest first, of one kind or all.
enum AccessLogLines {
    static let shown = 200

    static func recent(council: UUID, kind: AccessLog.Kind?, on db: Database) async throws -> [AccessLogEntry] {
        var query = AccessLogEntry.query(on: db).filter(\.$councilID == council)
        if let kind { query = query.filter(\.$recordType == kind.rawValue) }
        return try await query.sort(\.$openedAt, .descending).limit(shown).all()
    }
}
