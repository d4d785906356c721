import Fluent
import SQLKit

/// Contacts keyed by a numbered source (a council's telephony system, its agent form) rather
/// than by the council's id and the source's name: the unique index that keeps imports
/// idempotent and the index by day were each carrying a 36-character council id per contact,
/// and writing them was most of SQLite's work on an import. Rows keep their ids, which service
/// requests refer to.
struct KeyContactsBySource: AsyncMigration {
    private static let sharedColumns = ["source_id", "channel", "queue", "service", "agent", "arrived_at", "answered_at", "ended_at",
                                        "outcome", "day", "customer_name", "customer_contact", "notes"]

    func prepare(on database: Database) async throws {
        guard let sql = database as? SQLDatabase else { return }
        try await database.schema(ContactSource.schema)
            .field("id", .int64, .identifier(auto: true))
            .field("council_id", .uuid, .required, .references(Council.schema, "id"))
            .field("name", .string, .required)
            .unique(on: "council_id", "name")
            .create()
        try await sql.raw("INSERT INTO contact_sources (council_id, name) SELECT DISTINCT council_id, source FROM contacts").run()
        try await Self.contactsTable("contacts_new", on: database) { $0.field("source_number", .int64, .required, .references(ContactSource.schema, "id")) }
            .unique(on: "source_number", "source_id").create()
        let columns = Self.sharedColumns.map { "c.\($0)" }.joined(separator: ", ")
        try await sql.raw("""
            INSERT INTO contacts_new (id, source_number, \(unsafeRaw: Self.sharedColumns.joined(separator: ", ")))
            SELECT c.id, s.id, \(unsafeRaw: columns) FROM contacts c JOIN contact_sources s ON s.council_id = c.council_id AND s.name = c.source
            """).run()
        try await Self.replaceContacts(with: "contacts_new", on: sql)
        try await sql.create(index: "contacts_by_source_day").on(Contact.schema).column("source_number").column("day").run()
    }

    func revert(on database: Database) async throws {
        guard let sql = database as? SQLDatabase else { return }
        try await Self.contactsTable("contacts_old", on: database) {
            $0.field("council_id", .uuid, .required, .references(Council.schema, "id")).field("source", .string, .required)
        }
        .unique(on: "council_id", "source", "source_id").create()
        let columns = Self.sharedColumns.map { "c.\($0)" }.joined(separator: ", ")
        try await sql.raw("""
            INSERT INTO contacts_old (id, council_id, source, \(unsafeRaw: Self.sharedColumns.joined(separator: ", ")))
            SELECT c.id, s.council_id, s.name, \(unsafeRaw: columns) FROM contacts c JOIN contact_sources s ON s.id = c.source_number
            """).run()
        try await Self.replaceContacts(with: "contacts_old", on: sql)
        try await sql.create(index: "contacts_by_day").on(Contact.schema).column("council_id").column("day").run()
        try await database.schema(ContactSource.schema).delete()
    }

    private static func contactsTable(_ name: String, on database: Database, key: (SchemaBuilder) -> SchemaBuilder) -> SchemaBuilder {
        key(database.schema(name).field("id", .int64, .identifier(auto: true)))
            .field("source_id", .string, .required)
            .field("channel", .string, .required).field("queue", .string, .required).field("service", .string, .required)
            .field("agent", .string, .required)
            .field("arrived_at", .datetime, .required).field("answered_at", .datetime).field("ended_at", .datetime, .required)
            .field("outcome", .string, .required).field("day", .string, .required)
            .field("customer_name", .string).field("customer_contact", .string).field("notes", .string)
    }

    /// Drops the contacts table for its copy, and on PostgreSQL moves the copy's id sequence
    /// past the ids copied in.
    private static func replaceContacts(with copy: String, on sql: SQLDatabase) async throws {
        try await sql.drop(table: Contact.schema).run()
        try await sql.raw("ALTER TABLE \(ident: copy) RENAME TO \(ident: Contact.schema)").run()
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT setval(pg_get_serial_sequence('contacts', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM contacts").run()
    }
}
