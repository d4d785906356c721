extension SiteURL {
    var privacySegments: [String] {
        switch self {
        case .privacy(let council): ["councils", council, "privacy"]
        case .privacySearch(let council): ["councils", council, "privacy", "search"]
        case .privacyExport(let council): ["councils", council, "privacy", "export"]
        case .privacyErasures(let council): ["councils", council, "privacy", "erasures"]
        case .accessLog(let council): ["councils", council, "privacy", "access-log"]
        case .retention(let council): ["councils", council, "privacy", "retention"]
        default: open311Segments
        }
    }
}
