import Foundation
import Fluent
import Plot

/// The audit trail as a table, newest first, with each change's fields before and after.
struct AuditListPage {
    let entries: [AuditEntry]
    let page: PageMetadata
    let filter: AuditFilter

    static let recordTypes = ["council", "partnership", "delegation", "joint committee member", "unit", "person",
                              "councillor", "position", "user", "API key"]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Audit trail", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("Every change made in Beacon: who made it, when, and the values before and after. The trail cannot be changed."))
            filterForm
            Node<HTML.BodyContext>.if(entries.isEmpty, .p(.text("No changes match these filters.")))
            Node<HTML.BodyContext>.forEach(entries) { entry(for: $0) }
            Pager.nav(page, url: .audit, query: filter.query)
        }
    }

    private var filterForm: Node<HTML.BodyContext> {
        .form(.method(.get), .action(SiteURL.audit.path), .class("filters"),
              .element(named: "fieldset", nodes: [
                  .element(named: "legend", text: "Filter the trail"),
                  FormView.field(for: FormField(name: "recordType", label: "Kind of record",
                                                control: .select([.prompt("Any")] + Self.recordTypes.map { .init(value: $0, label: $0.capitalizedFirst) }),
                                                value: filter.recordType ?? ""), problem: nil),
                  FormView.field(for: FormField(name: "change", label: "Change",
                                                control: .select([.prompt("Any")] + AuditChange.choices),
                                                value: filter.change ?? ""), problem: nil),
                  FormView.field(for: FormField(name: "actor", label: "Made by (email address)", control: .email, value: filter.actor ?? ""), problem: nil),
                  FormView.field(for: FormField(name: "recordID", label: "Record id", control: .text(max: 36), value: filter.recordID ?? ""), problem: nil),
                  FormView.field(for: FormField(name: "from", label: "From", control: .date, value: filter.from ?? ""), problem: nil),
                  FormView.field(for: FormField(name: "to", label: "To", control: .date, value: filter.to ?? ""), problem: nil),
              ]),
              .button(.type(.submit), .class("button"), .text("Filter")))
    }

    private func entry(for entry: AuditEntry) -> Node<HTML.BodyContext> {
        let changes = AuditDiff(before: entry.before, after: entry.after).rows
        let when = entry.at.formatted(.dateTime.day().month(.wide).year().hour().minute().timeZone()
            .locale(Locale(identifier: "en_GB")))
        return .section(.class("audit-entry"),
                        .h2(.text("\(AuditChange(rawValue: entry.change)?.title ?? entry.change) \(entry.recordType): \(entry.recordTitle)")),
                        .p(.text("By \(entry.actorLabel), \(when). Record id \(entry.recordID.uuidString.lowercased()).")),
                        .table(.caption(.class("visually-hidden"), .text("Values before and after")),
                               .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Field")),
                                          .th(.attribute(named: "scope", value: "col"), .text("Before")),
                                          .th(.attribute(named: "scope", value: "col"), .text("After")))),
                               .tbody(.forEach(changes) { row in
                                   .tr(.th(.attribute(named: "scope", value: "row"), .text(row.field)), .td(.text(row.before)), .td(.text(row.after)))
                               })))
    }
}

/// The fields that differ between two audit snapshots.
struct AuditDiff {
    struct Row { let field, before, after: String }
    let rows: [Row]

    init(before: String?, after: String?) {
        let old = Self.decode(before)
        let new = Self.decode(after)
        rows = Set(old.keys).union(new.keys).sorted().compactMap { key in
            let was = old[key] ?? "—"
            let now = new[key] ?? "—"
            return was == now ? nil : Row(field: key, before: was, after: now)
        }
    }

    private static func decode(_ json: String?) -> [String: String] {
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
        return object.mapValues { value in
            value is NSNull ? "—" : "\(value)"
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
