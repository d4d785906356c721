import BeaconDomain
import Plot
import Vapor

/// What the import form sends: the file (or pasted text), and whether the dry run was confirmed.
struct ImportInput: Content {
    var file: File?
    var csv: String?
    var confirm: String?

    var text: String {
        if let file, file.data.readableBytes > 0 { return String(buffer: file.data) }
        return csv ?? ""
    }
}

/// Imports values and targets from CSV: a dry run lists every row it would reject, and
/// nothing changes until the performance officer confirms a file with no rejected rows.
struct ImportPage {
    let view: CouncilView
    let text: String
    let check: ImportCheck?

    static let maximumBytes = 2_000_000

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: check == nil ? "Import values and targets" : "Check the import", context: context) {
            if let check { result(check, token: context.csrfToken) } else { instructions }
            uploadForm(token: context.csrfToken)
        }
    }

    private var instructions: Node<HTML.BodyContext> {
        .group(
            .p(.text("A CSV file with one row per indicator and period. The first line names the columns; code and period are required, the rest optional: "
                     + ValueImport.columns.joined(separator: ", ") + ".")),
            .p(.text("Periods are written like 2024/25, 2024/25 Q1, 2024/25 H1 or April 2024. Money is in pounds. A band target is written like 40 to 60. missing_reason is one of "
                     + MissingReason.allCases.map(\.rawValue).joined(separator: ", ") + ".")),
            .p(.text("Beacon first checks the whole file and lists every row it would reject. Nothing is saved until you confirm a file with no rejected rows.")))
    }

    private func result(_ check: ImportCheck, token: String) -> Node<HTML.BodyContext> {
        .group(
            .unwrap(check.fileProblem) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .h2(.text("The file cannot be imported")), .p(.text($0))) },
            .if(!check.rejections.isEmpty, .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                .h2(.text("\(check.rejections.count) row\(check.rejections.count == 1 ? "" : "s") would be rejected")),
                .p(.text("Nothing has been saved. Correct these rows and check the file again.")),
                .table(.thead(.tr(.th("Line"), .th("Reason"))),
                       .tbody(.forEach(check.rejections) { .tr(.td(.text(String($0.line))), .td(.text($0.reason))) })))),
            .p(.text("\(check.rows.count) row\(check.rows.count == 1 ? "" : "s") can be imported.")),
            .if(check.canImport, .form(.method(.post), .action(SiteURL.indicatorImport(council: view.slug).path),
                .input(.type(.hidden), .name(CSRFToken.field), .value(token)),
                .input(.type(.hidden), .name("csv"), .value(text)),
                .input(.type(.hidden), .name("confirm"), .value("yes")),
                .button(.type(.submit), .class("button"), .text("Confirm and import \(check.rows.count) row\(check.rows.count == 1 ? "" : "s")")))))
    }

    private func uploadForm(token: String) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(check == nil ? "Choose a file" : "Check another file")),
            .form(.method(.post), .action(SiteURL.indicatorImport(council: view.slug).path), .enctype(.multipartData),
                  .input(.type(.hidden), .name(CSRFToken.field), .value(token)),
                  .div(.class("field"), .label(.for("field-file"), .text("CSV file")),
                       .input(.type(.file), .id("field-file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv"))),
                  .div(.class("field"), .label(.for("field-csv"), .text("Or paste the CSV here"), .span(.class("optional"), .text(" (optional)"))),
                       .textarea(.id("field-csv"), .name("csv"), .attribute(named: "rows", value: "8"))),
                  .button(.type(.submit), .class("button"), .text("Check the file"))))
    }
}
