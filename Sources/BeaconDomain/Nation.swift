/// The nation a council is in; it picks the bank-holiday calendar for working days.
public enum Nation: String, CaseIterable, Codable, Sendable {
    case england
    case wales
    case scotland
    case northernIreland = "northern_ireland"

    public var title: String {
        switch self {
        case .england: "England"
        case .wales: "Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }
}

/// The level of an organisational unit in a council's tree.
public enum UnitKind: String, CaseIterable, Codable, Sendable {
    case council
    case directorate
    case department
    case division
    case service
    case team

    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// A councillor's kind of position over time.
public enum PositionKind: String, CaseIterable, Codable, Sendable {
    case leader
    case deputyLeader = "deputy_leader"
    case cabinetMember = "cabinet_member"
    case portfolioHolder = "portfolio_holder"
    case committeeChair = "committee_chair"
    case committeeViceChair = "committee_vice_chair"
    case committeeMember = "committee_member"

    public var title: String {
        switch self {
        case .leader: "Leader of the council"
        case .deputyLeader: "Deputy leader"
        case .cabinetMember: "Cabinet member"
        case .portfolioHolder: "Portfolio holder"
        case .committeeChair: "Chair"
        case .committeeViceChair: "Vice-chair"
        case .committeeMember: "Member"
        }
    }

    /// Whether the position is held on a named body, such as a committee.
    public var needsBody: Bool {
        switch self {
        case .committeeChair, .committeeViceChair, .committeeMember: true
        default: false
        }
    }

    /// Whether the position is for an area of work, such as a portfolio.
    public var needsArea: Bool { self == .portfolioHolder }

    /// How a document names the position: "Portfolio holder for finance and resources".
    public func describe(area: String?, body: String?) -> String {
        if let area, needsArea { return "\(title) for \(area)" }
        if let body, needsBody { return "\(title), \(body)" }
        return title
    }
}
