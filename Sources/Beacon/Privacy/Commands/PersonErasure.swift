import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// Erases one person's details on their request, or a record's when its retention period ends:
/// the records stay (a contact keeps its times and outcome, a complaint its dates and outcomes),
/// so counts and measures stay right, but lose the person; the audit trail's snapshots of them
/// are redacted too. A tombstone (`Erasure`) says what was erased, when and why, never who.
/// Records under a legal hold are left whole and listed with the reason.
enum PersonErasure {
    /// What an erasure did.
    struct Outcome: Sendable {
        let erasure: Erasure
        /// Kind of record and how many lost the person's details.
        let erased: [(title: String, count: Int)]
        /// Kind of record and how many were found but are the council's own, left as they are.
        let kept: [(title: String, count: Int)]
        let held: [String]
    }

    static func erase(_ input: SubjectInput, council: Council, by signedIn: SignedIn,
                      on db: Database) async throws -> Outcome {
        var check = FormCheck()
        let reason = check.required("reason", input.reason, label: "Why the data is erased", max: 500)
        var terms: PersonTerms?
        do {
            terms = try input.terms()
        } catch let failed as ValidationFailed {
            for problem in failed.problems { check.add(problem.field, problem.message) }
        }
        guard check.isValid, let reason, let terms else { throw ValidationFailed(check) }
        let councilID = try council.requireID()
        return try await db.write { tx in
            let (expanded, found) = try await PersonSearch.find(terms, council: councilID, on: tx)
            return try await apply(expanded, to: found, reason: reason, council: councilID, by: signedIn, on: tx)
        }
    }

    /// Erases the rows found, which must have been found inside the same write.
    static func apply(_ terms: PersonTerms, to found: [PersonSearch.Found], reason: String, council: UUID,
                      by signedIn: SignedIn?, on db: Database) async throws -> Outcome {
        let sql = try db.sql
        let holds = try await legalHolds(found, on: db)
        var erased: [(String, Int)] = [], kept: [(String, Int)] = []
        for table in found {
            guard let plan = PersonalDataMap.erasable[table.table] else {
                kept.append((table.title, table.rows.count))
                continue
            }
            var count = 0
            for row in table.rows where !isHeld(row, table: table.table, holds: holds) {
                if try await update(row, of: table.table, plan: plan, terms: terms, on: sql) { count += 1 }
            }
            if count > 0 { erased.append((table.title, count)) }
            if count < table.rows.count { kept.append((table.title, table.rows.count - count)) }
        }
        let erasure = Erasure()
        erasure.councilID = council
        erasure.erasedAt = BeaconClock.current.now()
        erasure.byLabel = signedIn?.label ?? "Beacon (retention schedule)"
        erasure.reason = reason
        erasure.summary = erased.map { "\($0.0): \($0.1)" }.joined(separator: "\n")
        erasure.held = holds.values.sorted().joined(separator: "\n")
        try await erasure.create(on: db)
        try await AuditTrail.record(.create, erasure, before: nil, by: signedIn, on: db)
        return Outcome(erasure: erasure, erased: erased, kept: kept, held: holds.values.sorted())
    }

    /// Complaints found that may not be erased yet, by id, each with its reference and reason.
    private static func legalHolds(_ found: [PersonSearch.Found], on db: Database) async throws -> [String: String] {
        let ids = found.filter { $0.table == Complaint.schema }.flatMap(\.rows).compactMap(\.id)
            .compactMap(UUID.init(uuidString:))
        guard !ids.isEmpty else { return [:] }
        var holds: [String: String] = [:]
        for complaint in try await Complaint.query(on: db).filter(\.$id ~~ ids).all() {
            if let reason = LegalHold.complaint(referredToOmbudsmanOn: complaint.ombudsmanReferredOn,
                                                ombudsmanDecided: complaint.ombudsmanOutcome != nil) {
                holds[try complaint.requireID().uuidString] = "\(complaint.reference): \(reason)"
            }
        }
        return holds
    }

    /// A held complaint, or an audit entry about one, stays whole.
    private static func isHeld(_ row: PersonSearch.Row, table: String, holds: [String: String]) -> Bool {
        let id = table == AuditEntry.schema ? row["record_id"] : row.id
        return id.map { holds[$0.uppercased()] != nil || holds[$0] != nil } ?? false
    }

    /// Blanks and redacts one row; false when nothing in it was the person's to erase.
    private static func update(_ row: PersonSearch.Row, of table: String, plan: PersonalDataMap.Plan,
                               terms: PersonTerms, on sql: SQLDatabase) async throws -> Bool {
        guard let id = row.id else { return false }
        var changes: [SQLQueryString] = []
        for (column, value) in row.values where column != "id" && !plan.kept.contains(column) {
            if let blank = plan.blanked[column] {
                changes.append("\(ident: column) = " + (blank.map { "\(bind: $0)" } ?? "NULL"))
            } else if let value, terms.matches(value) {
                let redacted = plan.json.contains(column) ? SnapshotRedaction.redact(value, terms: terms)
                    : terms.redacting(value)
                changes.append("\(ident: column) = \(bind: redacted)")
            }
        }
        guard !changes.isEmpty else { return false }
        let query: SQLQueryString = "UPDATE \(ident: table) SET " + changes.joined(separator: ", ")
            + " WHERE CAST(id AS TEXT) = \(bind: id)"
        try await sql.raw(query).run()
        return true
    }
}

/// Redacts a JSON snapshot (an audit entry's before and after, a request's answers): each string
/// holding one of the person's terms becomes the erased mark, whole; the rest of the history stays.
enum SnapshotRedaction {
    static func redact(_ text: String, terms: PersonTerms) -> String {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed]
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]),
              let data = try? JSONSerialization.data(withJSONObject: walk(object, terms), options: options) else {
            return terms.redacting(text)
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func walk(_ value: Any, _ terms: PersonTerms) -> Any {
        switch value {
        case let text as String: terms.matches(text) ? PersonalDataMap.erasedMark : text
        case let array as [Any]: array.map { walk($0, terms) }
        case let object as [String: Any]: object.mapValues { walk($0, terms) }
        default: value
        }
    }
}
