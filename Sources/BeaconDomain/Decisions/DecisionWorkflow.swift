import Foundation

/// Where a decision notice is in its life (decisions spec).
public enum NoticeStatus: String, CaseIterable, Codable, Sendable {
    case draft
    /// Published for representations until its deadline.
    case open
    /// Enough members asked: it goes to the next cabinet meeting instead.
    case referredToCabinet = "referred"
    /// Taken, and waiting out the call-in period.
    case decided
    /// Called in to scrutiny within the call-in period.
    case calledIn = "called_in"
    /// Scrutiny sent it back to the decision maker with recommendations.
    case referredBack = "referred_back"
    /// In force: the call-in period ended, scrutiny let it stand, or it was urgent.
    case effective
    case withdrawn

    /// The status a notice stored with this one has at `now`: a decision waiting out its call-in
    /// period is effective from the moment the period ends, without anyone moving it.
    public func at(_ now: Date, effectiveAt: Date?) -> NoticeStatus {
        if self == .decided, let effectiveAt, now >= effectiveAt { return .effective }
        return self
    }

    public var title: String {
        switch self {
        case .draft: "Draft"
        case .open: "Open for representations"
        case .referredToCabinet: "Referred to cabinet"
        case .decided: "Decided, subject to call-in"
        case .calledIn: "Called in to scrutiny"
        case .referredBack: "Referred back to the decision maker"
        case .effective: "Effective"
        case .withdrawn: "Withdrawn"
        }
    }
}

/// The moves a decision notice can make.
public enum NoticeStep: String, CaseIterable, Codable, Sendable {
    case publish, withdraw, referToCabinet = "refer", decide
    /// Decided as urgent under special urgency: exempt from call-in, effective at once.
    case decideUrgently = "decide_urgently"
    case callIn = "call_in"
    /// The call-in period ended with no call-in.
    case endCallInPeriod = "end_call_in"
    case letStand = "let_stand"
    case referBack = "refer_back"
}

/// The decision notice's state machine. Guards that need the clock or the members (the
/// deadline, the referral and call-in thresholds) are `RepresentationWindow`, `MemberTally`
/// and `CallInPeriod`; this says only which moves exist.
public enum DecisionWorkflow {
    public static func next(from status: NoticeStatus, by step: NoticeStep) -> NoticeStatus? {
        switch (status, step) {
        case (.draft, .publish): .open
        case (.draft, .withdraw), (.open, .withdraw): .withdrawn
        case (.open, .referToCabinet): .referredToCabinet
        case (.open, .decide): .decided
        case (.open, .decideUrgently): .effective
        case (.decided, .callIn): .calledIn
        case (.decided, .endCallInPeriod): .effective
        case (.calledIn, .letStand): .effective
        case (.calledIn, .referBack): .referredBack
        // The decision maker reconsiders once; the reconsidered decision is not called in again.
        case (.referredBack, .decide): .effective
        default: nil
        }
    }
}

/// The period for representations, which ends at a date and time.
public struct RepresentationWindow: Equatable, Sendable {
    public let deadline: Date

    public init(deadline: Date) { self.deadline = deadline }

    /// Representations and referral requests are accepted until the deadline, not at it.
    public func isOpen(at now: Date) -> Bool { now < deadline }

    /// The decision may be taken from the deadline on, never before.
    public func mayDecide(at now: Date) -> Bool { now >= deadline }
}

/// Counts members asking for the same thing (referral to cabinet, call-in): each eligible
/// member once however often they ask; the threshold is a council setting.
public struct MemberTally: Equatable, Sendable {
    public let threshold: Int

    public init(threshold: Int) { self.threshold = threshold }

    public func count(requests: [UUID], eligible: Set<UUID>) -> Int {
        Set(requests).intersection(eligible).count
    }

    public func isReached(requests: [UUID], eligible: Set<UUID>) -> Bool {
        count(requests: requests, eligible: eligible) >= threshold
    }
}
