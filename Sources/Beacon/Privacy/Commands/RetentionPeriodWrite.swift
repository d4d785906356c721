import BeaconDomain
import Fluent
import Vapor

/// Saves a council's retention periods: each a whole number of months in the allowed range;
/// a period equal to Beacon's default is still stored, so a later change of default leaves it.
enum RetentionPeriodWrite {
    static func save(_ input: [String: String], council: UUID, by signedIn: SignedIn, on db: Database) async throws {
        var check = FormCheck()
        var months: [RetainedRecord: Int] = [:]
        for record in RetainedRecord.allCases {
            months[record] = check.integer(record.rawValue, input[record.rawValue], label: record.title,
                                           in: RetainedRecord.allowedMonths)
        }
        guard check.isValid else { throw ValidationFailed(check) }
        let checked = months
        try await db.write { tx in
            let existing = try await RetentionPeriod.query(on: tx).filter(\.$councilID == council).all()
            for record in RetainedRecord.allCases {
                guard let value = checked[record] else { continue }
                let period = existing.first { $0.record == record } ?? RetentionPeriod()
                guard period.id == nil || period.months != value else { continue }
                let before = period.id == nil ? nil : try AuditTrail.snapshot(period)
                period.councilID = council
                period.record = record
                period.months = value
                try await period.save(on: tx)
                try await AuditTrail.record(before == nil ? .create : .update, period, before: before, by: signedIn,
                                            on: tx)
            }
        }
    }
}
