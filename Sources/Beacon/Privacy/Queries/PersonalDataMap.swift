import SQLKit
import Vapor

/// Where a person's details can be, what a subject access export leaves out, and what an
/// erasure does to each table. Tables not named here are still searched (see `PersonSearch`);
/// their rows are exported, and reported, not changed, by an erasure.
enum PersonalDataMap {
    /// Tables of Beacon's own workings, which hold no one's details in their text.
    static let neverSearched: Set<String> = [
        "_fluent_migrations", "sessions", "sign_in_failures", "data_versions", "job_runs", "erasures",
        "access_log", "retention_periods", "bank_holiday_imports",
    ]

    /// Secrets and file contents: never in an export's JSON (attached files go in as files).
    static let neverExported: Set<String> = ["password_hash", "key_hash", "file_bytes"]

    /// How a table's rows belong to the council; nil for a table whose rows cannot be told apart
    /// by council, which is then not searched.
    static func scope(of table: String, columns: [String], council: UUID) -> SQLQueryString? {
        if table == "councils" { return "id = \(bind: council)" }
        if columns.contains("council_id") { return "council_id = \(bind: council)" }
        if table == Contact.schema {
            return "source_number IN (SELECT id FROM contact_sources WHERE council_id = \(bind: council))"
        }
        return nil
    }

    /// What an erasure does to a row about the person. Every other text column that holds one
    /// of the person's terms has the terms replaced; JSON columns have each string holding one
    /// replaced whole.
    struct Plan: Sendable {
        /// Columns emptied whatever they hold: NULL, or the erased mark where a value is required.
        var blanked: [String: String?] = [:]
        var json: Set<String> = []
        /// Columns never changed: the audit trail keeps who did each thing.
        var kept: Set<String> = []
    }

    /// The tables an erasure changes: the public's records and the trails about them.
    static let erasable: [String: Plan] = [
        Contact.schema: Plan(blanked: ["customer_name": nil, "customer_contact": nil, "notes": nil]),
        ServiceRequest.schema: Plan(blanked: ["reporter_name": nil, "reporter_email": nil, "reporter_phone": nil,
                                              "address": nil, "description": .some(erasedMark)],
                                    json: ["answers"]),
        RequestUpdate.schema: Plan(),
        Complaint.schema: Plan(blanked: ["complainant_name": .some(erasedMark), "complainant_contact": nil]),
        NoticeRepresentation.schema: Plan(blanked: ["name": .some(erasedMark), "text": .some(erasedMark)]),
        AuditEntry.schema: Plan(json: ["before", "after"], kept: ["actor_label"]),
        ContactImportRun.schema: Plan(),
        OutboxMessage.schema: Plan(blanked: ["recipient": .some(erasedMark)]),
        Open311Pending.schema: Plan(),
    ]

    static let erasedMark = "[erased]"

    private static let titles: [(table: String, title: String)] = [
        (Contact.schema, "Contacts with the service centre"),
        (ServiceRequest.schema, "Service requests"),
        (RequestUpdate.schema, "Updates on service requests"),
        (Complaint.schema, "Complaints and the council's responses"),
        (NoticeRepresentation.schema, "Representations on decisions"),
        (User.schema, "Beacon user accounts"),
        ("people", "Staff directory entries"),
        ("councillors", "Councillors"),
        (AttachedDocument.schema, "Attached documents"),
        (AuditEntry.schema, "Audit trail entries"),
    ]

    static func title(of table: String) -> String {
        titles.first { $0.table == table }?.title
            ?? "Other records: " + table.replacingOccurrences(of: "_", with: " ")
    }

    static func order(of table: String) -> Int {
        titles.firstIndex { $0.table == table } ?? titles.count
    }
}
