import Foundation

/// The statuses of FixMyStreet's Open311 update extension (`servicerequestupdates`), and how
/// they map to Beacon's: several of FixMyStreet's are one of Beacon's, so a status sent and
/// read back may come back as the first of its group.
public enum FixMyStreetStatus: String, CaseIterable, Sendable {
    case open = "OPEN"
    case investigating = "INVESTIGATING"
    case inProgress = "IN_PROGRESS"
    case actionScheduled = "ACTION_SCHEDULED"
    case fixed = "FIXED"
    case closed = "CLOSED"
    case duplicate = "DUPLICATE"
    case notCouncilsResponsibility = "NOT_COUNCILS_RESPONSIBILITY"
    case internalReferral = "INTERNAL_REFERRAL"
    case noFurtherAction = "NO_FURTHER_ACTION"
    case unableToFix = "UNABLE_TO_FIX"

    /// Beacon's status for FixMyStreet's: fixed and closed are closed (resolved); the ways of
    /// not doing it (a duplicate, someone else's, referred on, no action, cannot fix) are rejected.
    public var beacon: RequestStatus {
        switch self {
        case .open: .open
        case .investigating: .acknowledged
        case .inProgress, .actionScheduled: .inProgress
        case .fixed, .closed: .closed
        case .duplicate, .notCouncilsResponsibility, .internalReferral, .noFurtherAction, .unableToFix: .rejected
        }
    }

    /// FixMyStreet's status for Beacon's.
    public static func of(_ status: RequestStatus) -> FixMyStreetStatus {
        switch status {
        case .open: .open
        case .acknowledged: .investigating
        case .inProgress: .inProgress
        case .closed: .fixed
        case .rejected: .noFurtherAction
        }
    }

    /// A status as clients write it, in any case, with spaces or underscores ("action scheduled").
    public init?(sent text: String) {
        self.init(rawValue: text.uppercased().replacingOccurrences(of: " ", with: "_"))
    }
}
