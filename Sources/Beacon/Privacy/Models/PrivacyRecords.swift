import BeaconDomain
import Fluent
import Vapor

/// One opening of a sensitive record (a complaint, a service request, a subject access export):
/// who, when, which. Read by the data protection officer; kept per the retention schedule.
/// Titles name the record by its reference, never the person.
final class AccessLogEntry: Model, @unchecked Sendable {
    static let schema = "access_log"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @OptionalField(key: "user_id") var userID: UUID?
    @Field(key: "actor_label") var actorLabel: String
    @Field(key: "record_type") var recordType: String
    @OptionalField(key: "record_id") var recordID: UUID?
    @Field(key: "record_title") var recordTitle: String
    @Field(key: "opened_at") var openedAt: Date

    init() {}
}

/// The tombstone an erasure leaves: when, by whom, why and how many records of each kind lost
/// their personal details; never who the person was.
final class Erasure: Model, @unchecked Sendable {
    static let schema = "erasures"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "erased_at") var erasedAt: Date
    @Field(key: "by_label") var byLabel: String
    /// Why: "subject's request under Article 17", or the retention schedule.
    @Field(key: "reason") var reason: String
    /// What was erased, one kind a line: "complaints: 1".
    @Field(key: "summary") var summary: String
    /// Records kept back under a legal hold, one a line with the reason.
    @Field(key: "held") var held: String

    init() {}
}

extension Erasure: Audited {
    static let auditType = "erasure"
    var auditTitle: String { "Erasure of personal data" }
    var auditCouncilID: UUID? { councilID }
}

/// A council's retention period for one kind of record, where it differs from Beacon's default.
final class RetentionPeriod: Model, @unchecked Sendable {
    static let schema = "retention_periods"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Coded(key: "record") var record: RetainedRecord
    @Field(key: "months") var months: Int

    init() {}
}

extension RetentionPeriod: Audited {
    static let auditType = "retention period"
    var auditTitle: String { record.title }
    var auditCouncilID: UUID? { councilID }
}


/// One run of a daily job: claimed by one process for one day (the table's unique key makes the
/// claim), with a heartbeat while it runs and its report when done.
final class JobRun: Model, @unchecked Sendable {
    static let schema = "job_runs"

    @ID(key: .id) var id: UUID?
    @Field(key: "job") var job: String
    /// The London day the run is for, `2026-11-25`.
    @Field(key: "day") var day: String
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "heartbeat_at") var heartbeatAt: Date
    @OptionalField(key: "finished_at") var finishedAt: Date?
    /// "running", "done" or "failed".
    @Field(key: "outcome") var outcome: String
    @Field(key: "report") var report: String
    /// Which process holds the run: a new token each time it is claimed or taken over.
    @Field(key: "claim") var claim: String

    init() {}
}
