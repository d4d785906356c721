import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// Blanks one council's records of one kind that are past their retention period, inside the
/// caller's write; with `dryRun` only counts them. The audit trail's snapshots of each record
/// lose the same details.
struct RetentionSweep {
    let council: UUID
    let cutoff: CalendarDate
    let dryRun: Bool

    private var cutoffInstant: Date { UKTime.instant(cutoff, hour: 0, minute: 0) }

    func apply(_ record: RetainedRecord, on db: Database) async throws -> Int {
        let sql = try db.sql
        switch record {
        case .contactDetails: return try await contacts(on: sql)
        case .closedRequests: return try await requests(on: sql)
        case .closedComplaints: return try await complaints(on: db, sql: sql)
        case .representations: return try await representations(on: sql)
        case .accessLog: return try await accessLog(on: sql)
        }
    }

    private func contacts(on sql: SQLDatabase) async throws -> Int {
        let due: SQLQueryString = """
            source_number IN (SELECT id FROM contact_sources WHERE council_id = \(bind: council))
            AND day < \(bind: cutoff.iso)
            AND (customer_name IS NOT NULL OR customer_contact IS NOT NULL OR notes IS NOT NULL)
            """
        let count = try await self.count(Contact.schema, where: due, on: sql)
        if !dryRun, count > 0 {
            try await sql.raw("UPDATE contacts SET customer_name = NULL, customer_contact = NULL, notes = NULL WHERE "
                              + due).run()
        }
        return count
    }

    private func requests(on sql: SQLDatabase) async throws -> Int {
        let due: SQLQueryString = """
            council_id = \(bind: council) AND closed_on IS NOT NULL AND closed_on < \(bind: cutoff.iso)
            AND (reporter_name IS NOT NULL OR reporter_email IS NOT NULL OR reporter_phone IS NOT NULL
                 OR address IS NOT NULL)
            """
        let rows = try await sql.raw("SELECT CAST(id AS TEXT) AS id, reporter_name, reporter_email, reporter_phone, "
                                     + "address FROM service_requests WHERE " + due).all()
        guard !dryRun else { return rows.count }
        for row in rows {
            let id = try row.decode(column: "id", as: String.self)
            let terms = PersonTerms(try ["reporter_name", "reporter_email", "reporter_phone", "address"].map {
                try row.decode(column: $0, as: String?.self) ?? ""
            })
            try await AuditRedaction.redact(record: id, terms: terms, on: sql)
            try await sql.raw("""
                UPDATE service_requests SET reporter_name = NULL, reporter_email = NULL, reporter_phone = NULL,
                address = NULL WHERE CAST(id AS TEXT) = \(bind: id)
                """).run()
        }
        return rows.count
    }

    private func complaints(on db: Database, sql: SQLDatabase) async throws -> Int {
        let candidates = try await Complaint.query(on: db).filter(\.$councilID == council)
            .filter(\.$complainantName != PersonalDataMap.erasedMark).all()
        let due = candidates.filter { complaint in
            let closedOn = ComplaintClosure.closedOn(stage1RespondedOn: complaint.stage1RespondedOn,
                                                     escalatedOn: complaint.escalatedOn,
                                                     stage2RespondedOn: complaint.stage2RespondedOn)
            guard let closed = closedOn else { return false }
            let held = LegalHold.complaint(referredToOmbudsmanOn: complaint.ombudsmanReferredOn,
                                           ombudsmanDecided: complaint.ombudsmanOutcome != nil) != nil
            return !held && closed < cutoff
        }
        guard !dryRun else { return due.count }
        for complaint in due {
            let terms = PersonTerms([complaint.complainantName, complaint.complainantContact ?? ""])
            try await AuditRedaction.redact(record: try complaint.requireID().uuidString, terms: terms, on: sql)
            try await sql.raw("""
                UPDATE complaints SET complainant_name = \(bind: PersonalDataMap.erasedMark), complainant_contact = NULL
                WHERE id = \(bind: try complaint.requireID())
                """).run()
        }
        return due.count
    }

    private func representations(on sql: SQLDatabase) async throws -> Int {
        let due: SQLQueryString = """
            council_id = \(bind: council) AND made_at < \(bind: cutoffInstant)
            AND name <> \(bind: PersonalDataMap.erasedMark)
            """
        let rows = try await sql.raw("SELECT CAST(id AS TEXT) AS id, name FROM notice_representations WHERE " + due)
            .all()
        guard !dryRun else { return rows.count }
        for row in rows {
            let id = try row.decode(column: "id", as: String.self)
            let name = try row.decode(column: "name", as: String.self)
            try await AuditRedaction.redact(record: id, terms: PersonTerms([name]), on: sql)
        }
        try await sql.raw("UPDATE notice_representations SET name = \(bind: PersonalDataMap.erasedMark), "
                          + "text = \(bind: PersonalDataMap.erasedMark) WHERE " + due).run()
        return rows.count
    }

    private func accessLog(on sql: SQLDatabase) async throws -> Int {
        let due: SQLQueryString = "council_id = \(bind: council) AND opened_at < \(bind: cutoffInstant)"
        let count = try await self.count(AccessLogEntry.schema, where: due, on: sql)
        if !dryRun, count > 0 { try await sql.raw("DELETE FROM access_log WHERE " + due).run() }
        return count
    }

    private func count(_ table: String, where condition: SQLQueryString, on sql: SQLDatabase) async throws -> Int {
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table) WHERE " + condition).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}

/// Redacts the audit trail's entries about one record: the terms leave its title, and each
/// snapshot string holding one becomes the erased mark.
enum AuditRedaction {
    static func redact(record id: String, terms: PersonTerms, on sql: SQLDatabase) async throws {
        let terms = PersonTerms(terms.terms.filter { $0.count >= PersonTerms.shortest })
        guard !terms.isEmpty else { return }
        let rows = try await sql.raw("""
            SELECT CAST(id AS TEXT) AS id, record_title, before, after FROM audit_entries
            WHERE CAST(record_id AS TEXT) = \(bind: id)
            """).all()
        for row in rows {
            let before = try row.decode(column: "before", as: String?.self)
                .map { SnapshotRedaction.redact($0, terms: terms) }
            let after = try row.decode(column: "after", as: String?.self)
                .map { SnapshotRedaction.redact($0, terms: terms) }
            let title = terms.redacting(try row.decode(column: "record_title", as: String.self))
            try await sql.raw("""
                UPDATE audit_entries SET record_title = \(bind: title), before = \(bind: before), after = \(bind: after)
                WHERE CAST(id AS TEXT) = \(bind: try row.decode(column: "id", as: String.self))
                """).run()
        }
    }
}
