import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// Finds everything a council's store holds about one person (subject access): every row of
/// every table of the council whose text contains one of the person's terms — the same rows a
/// `grep` of a dump of the store would find, so nothing is left out because no one thought of
/// the table. A term that is a request's or a complaint's reference brings in the name and
/// contact details on that record.
enum PersonSearch {
    /// One table's rows about the person, each column as text.
    struct Found: Sendable {
        let table: String
        let rows: [Row]
        var title: String { PersonalDataMap.title(of: table) }
    }

    struct Row: Sendable {
        let values: [(column: String, value: String?)]
        var id: String? { values.first { $0.column == "id" }?.value ?? nil }
        subscript(column: String) -> String? { values.first { $0.column == column }?.value ?? nil }
    }

    static func find(_ given: PersonTerms, council: UUID, on db: Database) async throws -> (PersonTerms, [Found]) {
        let sql = try db.sql
        let terms = try await expanded(given, council: council, on: db)
        var found: [Found] = []
        for table in try await StoreTables.names(on: sql) where !PersonalDataMap.neverSearched.contains(table) {
            let columns = try await StoreTables.columns(of: table, on: sql)
                .filter { !PersonalDataMap.neverExported.contains($0.name) }
            let scope = PersonalDataMap.scope(of: table, columns: columns.map(\.name), council: council)
            guard let scope else { continue }
            let searched = columns.filter(\.holdsText)
            guard !searched.isEmpty else { continue }
            let rows = try await matching(table, columns: columns, searched: searched, scope: scope, terms: terms,
                                          on: sql)
            if !rows.isEmpty { found.append(Found(table: table, rows: rows)) }
        }
        return (terms, found.sorted { PersonalDataMap.order(of: $0.table) < PersonalDataMap.order(of: $1.table) })
    }

    /// The condition that a row of the table is about the person: any text column holds a term.
    static func condition(searched: [StoreTables.Column], terms: PersonTerms) -> SQLQueryString {
        let tests = searched.flatMap { column in
            terms.terms.map { term -> SQLQueryString in
                "LOWER(CAST(\(ident: column.name) AS TEXT)) LIKE \(bind: PersonTerms.likePattern(term)) ESCAPE '\\'"
            }
        }
        return "(" + tests.joined(separator: " OR ") + ")"
    }

    private static func matching(_ table: String, columns: [StoreTables.Column], searched: [StoreTables.Column],
                                 scope: SQLQueryString, terms: PersonTerms, on sql: SQLDatabase) async throws -> [Row] {
        let selected = columns.map { column -> SQLQueryString in
            "CAST(\(ident: column.name) AS TEXT) AS \(ident: column.name)"
        }.joined(separator: ", ")
        let query: SQLQueryString = "SELECT " + selected + " FROM \(ident: table) WHERE " + scope + " AND "
            + condition(searched: searched, terms: terms)
        return try await sql.raw(query).all().map { row in
            Row(values: try columns.map { column in
                (column.name, try row.decode(column: column.name, as: String?.self))
            })
        }
    }

    /// The terms with the details on any request or complaint whose reference is one of them.
    private static func expanded(_ terms: PersonTerms, council: UUID, on db: Database) async throws -> PersonTerms {
        let references = terms.terms.map { $0.uppercased() }
        guard !references.isEmpty else { return terms }
        let requests = try await ServiceRequest.query(on: db).filter(\.$councilID == council)
            .filter(\.$reference ~~ references).all()
        let complaints = try await Complaint.query(on: db).filter(\.$councilID == council)
            .filter(\.$reference ~~ references).all()
        return terms.adding(requests.flatMap { [$0.reporterName, $0.reporterEmail, $0.reporterPhone] }
            + complaints.flatMap { [$0.complainantName, $0.complainantContact] })
    }
}
