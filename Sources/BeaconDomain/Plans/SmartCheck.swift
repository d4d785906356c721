import Foundation

/// The five letters of a SMART target.
public enum SmartLetter: String, CaseIterable, Codable, Sendable {
    case specific = "S", measurable = "M", achievable = "A", relevant = "R", timed = "T"

    public var title: String {
        switch self {
        case .specific: "Specific"
        case .measurable: "Measurable"
        case .achievable: "Achievable"
        case .relevant: "Relevant"
        case .timed: "Timed"
        }
    }
}

/// What the SMART check reads from an action.
public struct ActionFacts: Sendable {
    public let activity: String
    public let target: String
    public let dueDate: CalendarDate?
    public let resources: ActionResources
    public let hasPriority: Bool
    /// What drives the action: a strategy, plan, act or review.
    public let linkedTo: String
    public let linkedIndicators: Int

    public init(activity: String, target: String, dueDate: CalendarDate?, resources: ActionResources,
                hasPriority: Bool, linkedTo: String, linkedIndicators: Int) {
        self.activity = activity
        self.target = target
        self.dueDate = dueDate
        self.resources = resources
        self.hasPriority = hasPriority
        self.linkedTo = linkedTo
        self.linkedIndicators = linkedIndicators
    }
}

/// One letter's result: passed, or failed with a reason a person can act on.
public struct SmartFinding: Equatable, Codable, Sendable {
    public let letter: SmartLetter
    public let passed: Bool
    public let reason: String
}

/// The SMART check of one action (business-plans spec).
public struct SmartCheck: Equatable, Codable, Sendable {
    public let findings: [SmartFinding]

    public var isSmart: Bool { findings.allSatisfy(\.passed) }
    public var failed: [SmartFinding] { findings.filter { !$0.passed } }
    public func passed(_ letter: SmartLetter) -> Bool { findings.first { $0.letter == letter }?.passed ?? false }

    /// `S M A R T` with a dash for each failed letter, for a compact column: `S – A R T`.
    public var letters: String {
        findings.map { $0.passed ? $0.letter.rawValue : "–" }.joined(separator: " ")
    }

    public init(findings: [SmartFinding]) { self.findings = findings }

    public init(_ action: ActionFacts) {
        findings = [Self.specific(action), Self.measurable(action), Self.achievable(action),
                    Self.relevant(action), Self.timed(action)]
    }

    /// Activities that point elsewhere rather than saying what will be done.
    static let placeholders = ["deliver actions identified in", "deliver the actions identified in", "implement actions in",
                               "implement the actions in", "actions identified in", "see ", "as per ", "to be defined",
                               "to be determined", "tbc", "tbd", "various"]

    /// Words that name a deliverable with a decision point or an end state.
    static let deliverables = ["agreed", "approved", "adopted", "published", "completed", "complete", "implemented",
                               "launched", "in place", "produced", "delivered", "signed", "opened", "achieved", "submitted",
                               "awarded", "installed", "live", "reduced", "increased", "trained", "answered", "held", "issued",
                               "introduced", "recruited", "reviewed", "transferred", "in use"]

    /// Words that count things, so "all advisers" or "four reports" is a quantity.
    static let quantityWords: Set<String> = ["all", "every", "each", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                             "nine", "ten", "eleven", "twelve", "twice", "half", "none"]

    /// Words of a driver that name a statutory requirement ("Freedom of Information Act 2000").
    static let statutoryWords: Set<String> = ["act", "acts", "statutory", "statute", "regulation", "regulations", "duty", "duties",
                                              "legislation", "directive", "order"]

    static func specific(_ action: ActionFacts) -> SmartFinding {
        let activity = action.activity.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if activity.isEmpty {
            return SmartFinding(letter: .specific, passed: false, reason: "There is no activity: say what will be done.")
        }
        if let placeholder = placeholders.first(where: { activity.hasPrefix($0) }) {
            return SmartFinding(letter: .specific, passed: false,
                                reason: "The activity starts “\(placeholder.trimmingCharacters(in: .whitespaces))”, which points elsewhere: say what will be done.")
        }
        return SmartFinding(letter: .specific, passed: true, reason: "The activity says what will be done.")
    }

    static func measurable(_ action: ActionFacts) -> SmartFinding {
        let target = action.target.lowercased()
        if let deferral = DeadlineParser.deferrals.first(where: { target.hasPrefix($0) }) {
            return SmartFinding(letter: .measurable, passed: false,
                                reason: "The target is “\(deferral.trimmingCharacters(in: .whitespaces))” another document: state the quantity or deliverable here, or link an indicator.")
        }
        if action.linkedIndicators > 0 {
            return SmartFinding(letter: .measurable, passed: true, reason: "Measured by \(action.linkedIndicators) linked indicator\(action.linkedIndicators == 1 ? "" : "s").")
        }
        let withoutDates = DeadlineParser.tokenise(target).filter { DeadlineParser.fullYear($0) == nil && DeadlineParser.numericDate($0) == nil && DeadlineParser.financialYear($0) == nil }
        if withoutDates.contains(where: { $0.contains(where: \.isNumber) || quantityWords.contains($0) }) || target.contains("%") {
            return SmartFinding(letter: .measurable, passed: true, reason: "The target names a quantity.")
        }
        if deliverables.contains(where: { target.contains($0) }) {
            return SmartFinding(letter: .measurable, passed: true, reason: "The target names a deliverable that can be seen to be done.")
        }
        return SmartFinding(letter: .measurable, passed: false,
                            reason: "The target names no quantity, deliverable or decision (“agreed by Cabinet”) and no indicator is linked: say how completion will be seen.")
    }

    static func achievable(_ action: ActionFacts) -> SmartFinding {
        action.resources.isStated
            ? SmartFinding(letter: .achievable, passed: true, reason: "Resources are stated.")
            : SmartFinding(letter: .achievable, passed: false,
                           reason: "Resources are “To be determined”: state the officer-days by role or the cost.")
    }

    static func relevant(_ action: ActionFacts) -> SmartFinding {
        if action.hasPriority {
            return SmartFinding(letter: .relevant, passed: true, reason: "Linked to a strategic priority.")
        }
        let words = action.linkedTo.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains(where: statutoryWords.contains) {
            return SmartFinding(letter: .relevant, passed: true, reason: "Driven by a statutory requirement.")
        }
        return SmartFinding(letter: .relevant, passed: false,
                            reason: "Not linked to a strategic priority or a statutory duty: choose the priority it serves, or name the act that requires it.")
    }

    static func timed(_ action: ActionFacts) -> SmartFinding {
        switch DeadlineParser.parse(action.target) {
        case .milestones(let dates):
            let text = dates.map(\.long).joined(separator: ", ")
            return SmartFinding(letter: .timed, passed: true, reason: "Due \(text).")
        case .notTimed(let reason):
            if let due = action.dueDate {
                return SmartFinding(letter: .timed, passed: true, reason: "Due \(due.long).")
            }
            return SmartFinding(letter: .timed, passed: false, reason: reason + " Or set a due date.")
        }
    }
}
