import BeaconDomain
import Fluent
import Foundation
import Vapor

/// What the data protection officer types to find a person: any of a name, an email address,
/// a phone number and a reference.
struct SubjectInput: Content, Sendable {
    var name: String?
    var email: String?
    var phone: String?
    var reference: String?
    /// Why, for an erasure.
    var reason: String?

    var given: [String] { [name, email, phone, reference].compactMap { $0 } }

    /// The terms, or the form's problems: at least one, none too short to mean one person.
    func terms() throws -> PersonTerms {
        let terms = PersonTerms(given)
        var check = FormCheck()
        if terms.isEmpty { check.add("name", "Enter a name, an email address, a phone number or a reference") }
        for short in terms.tooShort {
            check.add(field(holding: short), "“\(short)” is too short to find one person: use at least "
                      + "\(PersonTerms.shortest) characters")
        }
        guard check.isValid else { throw ValidationFailed(check) }
        return terms
    }

    private func field(holding term: String) -> String {
        let fields = [("name", name), ("email", email), ("phone", phone), ("reference", reference)]
        return fields.first { $0.1?.trimmingCharacters(in: .whitespaces) == term }?.0 ?? "name"
    }
}

/// Subject access: finding everything held about a person and exporting it as one ZIP. Both
/// are written to the audit trail (with what was looked for) and the access log.
enum SubjectAccess {
    static func search(_ input: SubjectInput, council: UUID, by signedIn: SignedIn,
                       on db: Database) async throws -> (PersonTerms, [PersonSearch.Found]) {
        let (terms, found) = try await PersonSearch.find(try input.terms(), council: council, on: db)
        try await account(.search, terms: terms, found: found, council: council, by: signedIn, on: db)
        return (terms, found)
    }

    /// The ZIP: a JSON file per kind of record, a readable summary, and the attached files.
    static func export(_ input: SubjectInput, council: Council, by signedIn: SignedIn,
                       on db: Database) async throws -> Data {
        let (terms, found) = try await PersonSearch.find(try input.terms(), council: council.requireID(), on: db)
        let files = try await attachedFiles(found, on: db)
        let now = BeaconClock.current.now()
        let zip = try SubjectAccessArchive.make(terms: terms, found: found, files: files, council: council.name,
                                                at: now)
        try await account(.export, terms: terms, found: found, council: council.requireID(), by: signedIn, on: db)
        return zip
    }

    private static func account(_ change: AuditChange, terms: PersonTerms, found: [PersonSearch.Found], council: UUID,
                                by signedIn: SignedIn, on db: Database) async throws {
        let counts = Dictionary(found.map { ($0.table, $0.rows.count) }, uniquingKeysWith: +)
        let total = counts.values.reduce(0, +)
        let title = change == .search ? "Subject access search" : "Subject access export"
        try await AuditTrail.recordReading(change, type: "subject access", title: title,
                                           details: ["terms": terms.terms, "found": counts],
                                           council: council, by: signedIn, on: db)
        try await AccessLog.record(change == .search ? .subjectAccessSearch : .subjectAccessExport, id: nil,
                                   title: "\(title): \(total) record\(total == 1 ? "" : "s")", council: council,
                                   by: signedIn, on: db)
    }

    /// The contents of the attached documents found.
    private static func attachedFiles(_ found: [PersonSearch.Found],
                                      on db: Database) async throws -> [AttachedDocument] {
        let ids = found.filter { $0.table == AttachedDocument.schema }.flatMap(\.rows).compactMap(\.id)
            .compactMap(UUID.init(uuidString:))
        guard !ids.isEmpty else { return [] }
        return try await AttachedDocument.query(on: db).filter(\.$id ~~ ids).all()
    }
}
