import Plot

/// The links under a public list to its open data: CSV, JSON, and the catalogue's description
/// of the columns.
enum DownloadLinks {
    static func node(_ dataset: OpenDataset, council: String) -> Node<HTML.BodyContext> {
        .ul(.class("inline-links no-print"),
            .li(.a(.href(dataset.download(council, .csv).path), .text("Download as CSV"))),
            .li(.a(.href(dataset.download(council, .json).path), .text("Download as JSON"))),
            .li(.a(.href(SiteURL.dataCatalogue(council: council).path + "#" + dataset.rawValue),
                   .text("What the columns hold"))))
    }
}
