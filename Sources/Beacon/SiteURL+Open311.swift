extension SiteURL {
    /// Where Open311 clients are pointed: `/open311/v2`.
    static let open311Base = ["open311", "v2"]

    var open311Segments: [String] {
        switch self {
        case .open311Discovery(let format): Self.open311Base + ["discovery.\(format)"]
        case .open311Services(let format): Self.open311Base + ["services.\(format)"]
        case .open311Service(let code): Self.open311Base + ["services", code]
        case .open311Requests(let format): Self.open311Base + ["requests.\(format)"]
        case .open311Request(let id): Self.open311Base + ["requests", id]
        case .open311Updates(let format): Self.open311Base + ["servicerequestupdates.\(format)"]
        case .open311Token(let token): Self.open311Base + ["tokens", token]
        case .open311Approvals(let council): ["councils", council, "service-centre", "open311-approvals"]
        case .open311Decision(let council, let ref, let step):
            ["councils", council, "service-centre", "open311-approvals", ref.segment, step]
        case .report(let council): ["councils", council, "report"]
        case .reportService(let council, let service): ["councils", council, "report", service]
        case .track(let council): ["councils", council, "track"]
        default: reportSegments
        }
    }
}
