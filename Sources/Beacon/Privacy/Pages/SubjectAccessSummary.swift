import BeaconDomain
import Foundation
import Plot

/// The readable page inside a subject access export: what was searched for, and every record
/// found, kind by kind, each as a table of its fields. A file on its own, so no stylesheet link.
struct SubjectAccessSummary {
    let terms: PersonTerms
    let found: [PersonSearch.Found]
    let files: [AttachedDocument]
    let council: String
    let at: Date

    func render() -> String {
        let total = found.reduce(0) { $0 + $1.rows.count }
        let html = HTML(
            .lang(.english),
            .head(.meta(.charset(.utf8)), .title("Information \(council) holds about you")),
            .body(
                .h1(.text("Information \(council) holds about you")),
                .p(.text("Made on \(UKTime.long(at)) from Beacon, the council's planning, performance and "
                         + "customer service system. We searched every record for: "
                         + terms.terms.joined(separator: "; ") + ".")),
                .p(.text("\(total) record\(total == 1 ? "" : "s") found. Each kind of record is also in this file "
                         + "as JSON (named after its table), for a computer to read.")),
                .if(!files.isEmpty, .p(.text("Attached documents found are in the folder “files”."))),
                .forEach(found) { table in
                    .section(.h2(.text("\(table.title) (\(table.rows.count))")),
                             .forEach(table.rows) { row in record(row) })
                }
            )
        )
        return html.render(indentedBy: .spaces(1))
    }

    private func record(_ row: PersonSearch.Row) -> Node<HTML.BodyContext> {
        .table(.tbody(.forEach(row.values) { value in
            .tr(.th(.attribute(named: "scope", value: "row"),
                    .text(value.column.replacingOccurrences(of: "_", with: " "))),
                .td(.text(value.value ?? "—")))
        }))
    }
}
