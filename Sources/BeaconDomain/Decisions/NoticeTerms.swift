/// What a decision maker decided (decisions spec, "taking the decision").
public enum NoticeOutcome: String, CaseIterable, Codable, Sendable {
    case approvedAsProposed = "approved"
    case approvedWithChanges = "approved_with_changes"
    case notApproved = "not_approved"

    public var title: String {
        switch self {
        case .approvedAsProposed: "Approved as proposed"
        case .approvedWithChanges: "Approved with changes"
        case .notApproved: "Not approved"
        }
    }

    public var approves: Bool { self != .notApproved }
}

/// What a decision notice decides on.
public enum NoticeSubjectKind: String, CaseIterable, Codable, Sendable {
    case plan
    case strategy
    case spend
    case programme

    public var title: String {
        switch self {
        case .plan: "A business plan"
        case .strategy: "A strategy"
        case .spend: "A spend"
        case .programme: "A programme"
        }
    }
}

/// Members asking for something about a notice: referral to cabinet before the decision,
/// call-in to scrutiny after it.
public enum MemberRequestKind: String, CaseIterable, Codable, Sendable {
    case referral
    case callIn = "call_in"

    public var title: String {
        switch self {
        case .referral: "Referral to cabinet"
        case .callIn: "Call-in to scrutiny"
        }
    }
}
