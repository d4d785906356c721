import BeaconDomain
import Plot
import Vapor

/// A report's content as a document, for the screen, print (A4) and the downloaded file alike.
/// It draws only what the content holds, so an issued report, drawn from its frozen content,
/// is the same every time it is drawn.
struct ReportDocument {
    let content: ReportContent
    /// Lines saying where the report stands: draft, or issued when, by whom and to whom.
    let standing: [String]
    /// The address of a table's CSV by its number (from 1); nil in the downloaded file.
    var tableLink: (@Sendable (Int) -> String)?

    func body() -> [Node<HTML.BodyContext>] {
        var number = 0
        var nodes: [Node<HTML.BodyContext>] = [cover]
        if !content.introduction.isEmpty {
            nodes.append(.section(.class("plan-section report-introduction"), .h2(.text("Introduction")),
                                  .group(PlanDocument.lines(content.introduction).map { .p(.text($0)) })))
        }
        for (index, section) in content.sections.enumerated() {
            let tables: [Node<HTML.BodyContext>] = section.tables.map { table in
                number += 1
                return tableNode(table, number: number)
            }
            nodes.append(sectionNode(section, index: index + 1, tables: tables))
        }
        return nodes
    }

    private var cover: Node<HTML.BodyContext> {
        .div(.class("plan-cover"),
             .p(.class("plan-council"), .text(content.councilName)),
             .p(.class("plan-horizon"), .text("\(content.scopeName) · \(content.spanLabel) "
                 + "(\(content.spanStart.long) to \(content.spanEnd.long))")),
             .group(standing.map { .p(.class("plan-standing"), .text($0)) }))
    }

    private func sectionNode(_ section: ReportSectionContent, index: Int,
                             tables: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
        let chartID = "report-chart-\(index)"
        return .section(
            .class("plan-section"),
            .h2(.text("\(index). \(section.heading)")),
            .unwrap(section.exceptionView) { .p(.class("plan-note"), .text("Exception view: \($0).")) },
            .if(section.narrative.isEmpty, .p(.class("plan-empty"),
                .text("No commentary was written for this section."))),
            .group(PlanDocument.lines(section.narrative).map { .p(.text($0)) }),
            .if(!section.summary.isEmpty, .ul(.class("report-summary"), .forEach(section.summary) { .li(.text($0)) })),
            .unwrap(section.chartTitle) { title in
                .div(.class("report-chart"), .h3(.id(chartID), .text(title)),
                     BarChart.svg(section.chart.map { .init(label: $0.label, value: Double($0.value)) },
                         titleID: chartID))
            },
            .group(tables))
    }

    private func tableNode(_ table: ReportTable, number: Int) -> Node<HTML.BodyContext> {
        // A wide table scrolls within its box on a narrow screen; the box takes the keyboard focus
        // so it can be scrolled without a mouse.
        .div(.class("report-table"), .attribute(named: "role", value: "region"),
             .attribute(named: "aria-label", value: "Table \(number): \(table.caption)"),
             .attribute(named: "tabindex", value: "0"),
             .table(.class("plan-table"),
                    .caption(.text("Table \(number): \(table.caption)")),
                    .thead(.tr(.forEach(table.columns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                    .tbody(.forEach(table.rows) { row in
                        .tr(.forEach(Array(row.enumerated())) { column, cell in
                            column == 0 ? .th(.attribute(named: "scope", value: "row"), .text(cell)) : .td(.text(cell))
                        })
                    })),
             .if(table.rows.isEmpty, .p(.class("plan-empty"), .text("Nothing to show for this period."))),
             .unwrap(tableLink) { link in
                 .p(.class("report-download"), .a(.href(link(number)), .text("Table \(number) as CSV")))
             })
    }
}

/// A report as one HTML file: opened from disk, printed, or turned into a PDF by Chromium.
enum ReportFile {
    static func html(_ document: ReportDocument) -> String {
        HTML(.lang(.english),
             .head(.meta(.charset(.utf8)),
                   .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"),
                         .content(PlanDocumentFile.contentSecurityPolicy)),
                   .title(document.content.title),
                   .element(named: "style", text: PlanStyles.css)),
             .body(.element(named: "main", nodes: [
                 .h1(.text(document.content.title)),
                 .element(named: "article", nodes: [.class("plan-document"), .group(document.body())]),
             ]))).render()
    }
}
