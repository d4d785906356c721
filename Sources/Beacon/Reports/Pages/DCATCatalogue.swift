import BeaconDomain
import Foundation

/// The data catalogue in DCAT-AP's terms as JSON-LD (`dcat:Catalog` of `dcat:Dataset`s, each
/// with a CSV and a JSON `dcat:Distribution` and its `dcat:downloadURL`). Addresses are
/// absolute, from `base`.
enum DCATCatalogue {
    static let context: [String: String] = [
        "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
        "foaf": "http://xmlns.com/foaf/0.1/", "xsd": "http://www.w3.org/2001/XMLSchema#",
    ]

    static func json(_ catalogue: DataCatalogue, base: String) throws -> String {
        let page = base + SiteURL.dataCatalogue(council: catalogue.slug).path
        let licence: [String: Any] = ["@id": catalogue.licence.address]
        let publisher: [String: Any] = ["@id": base + SiteURL.home.path + "#" + catalogue.slug,
                                        "@type": "foaf:Agent", "foaf:name": catalogue.councilName]
        let datasets: [[String: Any]] = catalogue.entries.map { entry in
            dataset(entry, slug: catalogue.slug, base: base, page: page, licence: licence, publisher: publisher)
        }
        let document: [String: Any] = [
            "@context": context,
            "@id": base + SiteURL.dataCatalogueJSONLD(council: catalogue.slug).path,
            "@type": "dcat:Catalog",
            "dct:title": "\(catalogue.councilName): open data",
            "dct:description": "Every list \(catalogue.councilName) publishes, as CSV and JSON.",
            "dct:publisher": publisher, "dct:license": licence,
            "foaf:homepage": ["@id": page],
            "dcat:dataset": datasets,
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted,
                                                                                  .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private static func dataset(_ entry: DataCatalogue.Entry, slug: String, base: String, page: String,
                                licence: [String: Any], publisher: [String: Any]) -> [String: Any] {
        let dataset = entry.dataset
        var described: [String: Any] = [
            "@id": page + "#" + dataset.rawValue, "@type": "dcat:Dataset",
            "dct:identifier": dataset.rawValue, "dct:title": dataset.title, "dct:description": dataset.summary,
            "dct:publisher": publisher, "dct:license": licence,
            "dct:accrualPeriodicity": ["@id": dataset.frequency.address],
            "dcat:landingPage": ["@id": base + (dataset.page(slug)?.path ?? page)],
            "dcat:distribution": [ExportFormat.csv, .json].map { format in
                distribution(dataset, format: format, slug: slug, base: base, licence: licence)
            },
        ]
        if let changed = entry.lastUpdated {
            described["dct:modified"] = ["@value": ISO8601DateFormatter().string(from: changed),
                                         "@type": "xsd:dateTime"]
        }
        return described
    }

    private static func distribution(_ dataset: OpenDataset, format: ExportFormat, slug: String, base: String,
                                     licence: [String: Any]) -> [String: Any] {
        let address = base + dataset.download(slug, format).path
        let media = format == .csv ? "text/csv" : "application/json"
        return ["@id": address + "#distribution", "@type": "dcat:Distribution",
                "dct:title": "\(dataset.title) (\(format.rawValue.uppercased()))",
                "dcat:downloadURL": ["@id": address], "dcat:accessURL": ["@id": address],
                "dcat:mediaType": ["@id": "https://www.iana.org/assignments/media-types/" + media],
                "dct:format": format.rawValue.uppercased(), "dct:license": licence]
    }
}
