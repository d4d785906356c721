import Foundation

/// Where a business plan is in its life (business-plans spec).
public enum PlanStatus: String, CaseIterable, Codable, Sendable {
    case draft, submitted, approved, published, superseded

    public var title: String { rawValue.capitalized }

    /// Only a draft is changed in place; anything approved is frozen and changes make a revision.
    public var isEditable: Bool { self == .draft }
}

/// The moves a plan can make.
public enum PlanStep: String, CaseIterable, Codable, Sendable {
    /// Draft to submitted, for approval.
    case submit
    /// Submitted back to draft, for more work.
    case returnToDraft = "return"
    /// Submitted to approved, recording the decision that approved it.
    case approve
    /// Approved to published: the public can read it.
    case publish
    /// Approved or published back to a draft of the next revision; the approved revision
    /// stays readable (and published, if it was).
    case startRevision = "revise"

    public var title: String {
        switch self {
        case .submit: "Submit for approval"
        case .returnToDraft: "Return to draft"
        case .approve: "Record approval"
        case .publish: "Publish"
        case .startRevision: "Start a revision"
        }
    }

    /// Who may take the step, in the words of the refusal.
    public var whoMay: String {
        switch self {
        case .submit, .returnToDraft: "the head of the unit or a performance officer"
        case .approve: "democratic services or a performance officer"
        case .publish: "a performance officer"
        case .startRevision: "the unit's officers or a performance officer"
        }
    }
}

/// The plan's state machine. Superseding is not a step anyone takes: publishing next year's
/// plan for the same unit supersedes this one.
public enum PlanLifecycle {
    public static func next(from status: PlanStatus, by step: PlanStep) -> PlanStatus? {
        switch (status, step) {
        case (.draft, .submit): .submitted
        case (.submitted, .returnToDraft): .draft
        case (.submitted, .approve): .approved
        case (.approved, .publish): .published
        case (.approved, .startRevision), (.published, .startRevision): .draft
        default: nil
        }
    }

    /// Why a step cannot be taken from a status, for the message shown.
    public static func refusal(from status: PlanStatus, by step: PlanStep) -> String {
        "A \(status.rawValue) plan cannot take the step “\(step.title.lowercased())”."
    }
}
