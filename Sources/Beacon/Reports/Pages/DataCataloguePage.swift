import BeaconDomain
import Plot
import Vapor

/// The council's data catalogue: every dataset with what it holds, its columns, how often it
/// changes, its licence, when it last changed and its downloads; and the catalogue itself in
/// DCAT-AP's terms for machines.
struct DataCataloguePage {
    let view: CouncilView
    let catalogue: DataCatalogue

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Open data", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("Everything \(view.council.name) publishes as a list, to "
                + "download as CSV or JSON, under the \(catalogue.licence.title). Columns keep their names; new ones "
                + "are added at the end."))
            Node<HTML.BodyContext>.ul(.class("inline-links"),
                .li(.a(.href(SiteURL.dataCatalogueJSONLD(council: view.slug).path),
                       .text("This catalogue as DCAT-AP JSON-LD"))),
                .li(.a(.href(catalogue.licence.address), .text(catalogue.licence.title))))
            Node<HTML.BodyContext>.group(catalogue.entries.map(section))
        }
    }

    private func section(_ entry: DataCatalogue.Entry) -> Node<HTML.BodyContext> {
        let dataset = entry.dataset
        return .section(
            .class("dataset"), .id(dataset.rawValue),
            .h2(.text(dataset.title)),
            .p(.text(dataset.summary)),
            .dl(.class("dataset-facts"),
                .dt(.text("Updated")), .dd(.text(dataset.frequency.title)),
                .dt(.text("Last changed")),
                .dd(.text(entry.lastUpdated.map { UKTime.long($0) } ?? "No change recorded yet")),
                .dt(.text("Licence")), .dd(.text(catalogue.licence.title)),
                .unwrap(dataset.page(view.slug)) { page in
                    .group(.dt(.text("Read it on the web")), .dd(.a(.href(page.path), .text(dataset.title))))
                }),
            .ul(.class("inline-links"),
                .li(.a(.href(dataset.download(view.slug, .csv).path), .text("\(dataset.title) as CSV"))),
                .li(.a(.href(dataset.download(view.slug, .json).path), .text("\(dataset.title) as JSON")))),
            .table(.caption(.text("Columns of \(dataset.title.lowercased())")),
                   .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Column")),
                              .th(.attribute(named: "scope", value: "col"), .text("What it holds")))),
                   .tbody(.forEach(dataset.columns) { column in
                       .tr(.th(.attribute(named: "scope", value: "row"), .code(.text(column.name))),
                           .td(.text(column.holds)))
                   })))
    }
}
