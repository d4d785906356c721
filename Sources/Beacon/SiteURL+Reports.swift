extension SiteURL {
    var reportSegments: [String] {
        switch self {
        case .reportList(let council): ["councils", council, "reports"]
        case .reportFeed(let council): ["councils", council, "reports.atom"]
        case .reportNew(let council): ["councils", council, "reports", "new"]
        case .progressReport(let council, let ref): ["councils", council, "reports", ref.segment]
        case .reportEdit(let council, let ref): ["councils", council, "reports", ref.segment, "edit"]
        case .reportIssue(let council, let ref): ["councils", council, "reports", ref.segment, "issue"]
        case .reportCorrect(let council, let ref): ["councils", council, "reports", ref.segment, "correct"]
        case .reportTable(let council, let ref, let table): ["councils", council, "reports", ref.segment, "tables",
            table]
        case .reportPDF(let council, let ref): ["councils", council, "reports", ref.segment, "report.pdf"]
        case .dataCatalogue(let council): ["councils", council, "data"]
        case .dataCatalogueJSONLD(let council): ["councils", council, "data.jsonld"]
        case .dataset(let council, let name, let format): ["councils", council, "data", name + format.suffix]
        default: []
        }
    }
}
