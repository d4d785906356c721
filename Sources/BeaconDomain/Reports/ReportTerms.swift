import Foundation

/// What a progress report covers (reporting spec): the whole council, a unit and those below it,
/// a strategy, one business plan, or a partnership the council is in.
public enum ReportScopeKind: String, CaseIterable, Codable, Sendable {
    case council, unit, strategy, plan, partnership

    public var title: String {
        switch self {
        case .council: "The whole council"
        case .unit: "A unit and those below it"
        case .strategy: "A strategy"
        case .plan: "A business plan"
        case .partnership: "A partnership"
        }
    }
}

/// The parts a report can be made of, each assembled from live data until the report is issued.
public enum ReportSectionKind: String, CaseIterable, Codable, Sendable {
    case indicators, actions, risks, budget, serviceCentre = "service_centre", complaints, decisions
    /// Every national indicator: last year's actual, this year's target and the next three years'.
    case performancePlan = "performance_plan"

    public var title: String {
        switch self {
        case .indicators: "Performance indicators"
        case .actions: "Actions"
        case .risks: "Risks"
        case .budget: "Budget"
        case .serviceCentre: "Customer service centre"
        case .complaints: "Complaints"
        case .decisions: "Decisions taken"
        case .performancePlan: "National indicators: results and targets"
        }
    }

    /// What the section's exception view keeps, or nil where a section has none.
    public var exceptionTitle: String? {
        switch self {
        case .indicators: "Only red, amber and overdue indicators"
        case .actions: "Only actions at risk, off track or overdue"
        case .risks: "Only high risks"
        case .budget: "Only lines more than 5% from the comparison"
        case .decisions: "Only key decisions"
        case .serviceCentre, .complaints, .performancePlan: nil
        }
    }
}

/// Where a report is in its life. Only a draft changes; an issued report is frozen until a
/// correction supersedes it, and both stay readable.
public enum ReportStage: String, CaseIterable, Codable, Sendable {
    case draft, issued, superseded

    public var title: String { rawValue.capitalized }
    public var mayEdit: Bool { self == .draft }
    public var mayIssue: Bool { self == .draft }
    public var mayCorrect: Bool { self == .issued }
    /// Drafts are for the council's staff; issued and superseded reports are public.
    public var isPublic: Bool { self != .draft }
}

/// Who an issued report went to.
public enum ReportAudience: String, CaseIterable, Codable, Sendable {
    case cabinet, scrutiny, council, committee, meeting, publicOnly = "public"

    public var title: String {
        switch self {
        case .cabinet: "Cabinet"
        case .scrutiny: "Overview and scrutiny committee"
        case .council: "Full council"
        case .committee: "A committee"
        case .meeting: "A meeting's agenda item"
        case .publicOnly: "The public"
        }
    }
}

/// The exception views' rules: what an officer reads when only the exceptions matter.
public enum ReportException {
    /// Red and amber indicators, and those whose value is overdue; an indicator with no status
    /// (no target, or no period ended yet) is not an exception.
    public static func keepsIndicator(_ status: RAGStatus?) -> Bool {
        status == .red || status == .amber || status == .overdue
    }

    /// Open actions at risk or off track, and any open action past its due date.
    public static func keepsAction(_ status: ActionStatus, overdue: Bool) -> Bool {
        !status.isClosed && (overdue || status == .atRisk || status == .offTrack)
    }

    public static func keepsRisk(_ band: RiskBand) -> Bool { band == .high }

    /// A budget line more than 5% above or below its comparison; a line compared with nothing is
    /// an exception when it has any amount at all.
    public static func keepsBudgetLine(pence: Int, comparedWith basePence: Int) -> Bool {
        guard basePence != 0 else { return pence != 0 }
        return abs(pence - basePence) * 100 > abs(basePence) * 5
    }
}

/// A section chosen for a report, with what the officer wrote for it.
public struct ReportSectionChoice: Codable, Equatable, Sendable {
    public let kind: ReportSectionKind
    public var narrative: String
    public var exceptionsOnly: Bool

    public init(kind: ReportSectionKind, narrative: String = "", exceptionsOnly: Bool = false) {
        self.kind = kind
        self.narrative = narrative
        self.exceptionsOnly = exceptionsOnly && kind.exceptionTitle != nil
    }
}
