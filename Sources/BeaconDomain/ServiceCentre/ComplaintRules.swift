/// The council's complaint time limits in working days (customer service spec, "Complaints";
/// the defaults follow the statutory complaint handling codes).
public struct ComplaintLimits: Equatable, Codable, Sendable {
    public var acknowledge = 5
    public var stage1Response = 10
    public var stage1MaximumExtension = 10
    public var stage2Acknowledge = 5
    public var stage2Response = 20
    public var stage2MaximumExtension = 20

    public init() {}
}

/// Where a complaint stands.
public enum ComplaintStage: String, CaseIterable, Codable, Sendable {
    case received
    case stage1 = "stage_1"
    case stage1Answered = "stage_1_answered"
    case stage2 = "stage_2"
    case stage2Answered = "stage_2_answered"
    case ombudsman

    public var title: String {
        switch self {
        case .received: "Received, not yet acknowledged"
        case .stage1: "Stage 1: acknowledged, response due"
        case .stage1Answered: "Stage 1 responded"
        case .stage2: "Stage 2: escalated, response due"
        case .stage2Answered: "Stage 2 responded"
        case .ombudsman: "Referred to the ombudsman"
        }
    }
}

/// The finding of a response or of the ombudsman.
public enum ComplaintOutcome: String, CaseIterable, Codable, Sendable {
    case upheld
    case partlyUpheld = "partly_upheld"
    case notUpheld = "not_upheld"

    public var title: String {
        switch self {
        case .upheld: "Upheld"
        case .partlyUpheld: "Partly upheld"
        case .notUpheld: "Not upheld"
        }
    }
}

/// What has happened to a complaint, by day: the facts its deadlines follow from.
public struct ComplaintDates: Equatable, Sendable {
    public var received: CalendarDate
    public var acknowledged: CalendarDate?
    public var stage1Extension: Int?
    public var stage1Responded: CalendarDate?
    public var escalated: CalendarDate?
    public var stage2Acknowledged: CalendarDate?
    public var stage2Extension: Int?
    public var stage2Responded: CalendarDate?
    public var ombudsmanReferred: CalendarDate?
    public var ombudsmanDecided: Bool = false

    public init(received: CalendarDate) { self.received = received }

    public var stage: ComplaintStage {
        if ombudsmanReferred != nil { return .ombudsman }
        if stage2Responded != nil { return .stage2Answered }
        if escalated != nil { return .stage2 }
        if stage1Responded != nil { return .stage1Answered }
        return acknowledged != nil ? .stage1 : .received
    }
}

/// A step in handling a complaint, each allowed only in its place.
public enum ComplaintStep: String, CaseIterable, Codable, Sendable {
    case acknowledge
    case extendStage1 = "extend_stage_1"
    case respondStage1 = "respond_stage_1"
    case escalate
    case acknowledgeStage2 = "acknowledge_stage_2"
    case extendStage2 = "extend_stage_2"
    case respondStage2 = "respond_stage_2"
    case referToOmbudsman = "refer_to_ombudsman"
    case recordOmbudsman = "record_ombudsman"

    public var title: String {
        switch self {
        case .acknowledge: "Acknowledge"
        case .extendStage1: "Extend stage 1"
        case .respondStage1: "Send the stage 1 response"
        case .escalate: "Escalate to stage 2 at the complainant's request"
        case .acknowledgeStage2: "Acknowledge the escalation"
        case .extendStage2: "Extend stage 2"
        case .respondStage2: "Send the stage 2 response"
        case .referToOmbudsman: "Record a referral to the ombudsman"
        case .recordOmbudsman: "Record the ombudsman's decision"
        }
    }

    /// Whether the step can be taken now.
    public func isAllowed(_ dates: ComplaintDates) -> Bool {
        switch self {
        case .acknowledge: dates.acknowledged == nil
        case .extendStage1: dates.acknowledged != nil && dates.stage1Responded == nil && dates.stage1Extension == nil
        case .respondStage1: dates.acknowledged != nil && dates.stage1Responded == nil
        case .escalate: dates.stage1Responded != nil && dates.escalated == nil
        case .acknowledgeStage2: dates.escalated != nil && dates.stage2Acknowledged == nil
        case .extendStage2: dates.stage2Acknowledged != nil && dates.stage2Responded == nil && dates.stage2Extension == nil
        case .respondStage2: dates.stage2Acknowledged != nil && dates.stage2Responded == nil
        case .referToOmbudsman: dates.stage1Responded != nil && dates.ombudsmanReferred == nil
        case .recordOmbudsman: dates.ombudsmanReferred != nil && !dates.ombudsmanDecided
        }
    }

    /// The day of the step before, which a step's own day may not precede.
    public func earliest(_ dates: ComplaintDates) -> CalendarDate {
        switch self {
        case .acknowledge: dates.received
        case .extendStage1, .respondStage1: dates.acknowledged ?? dates.received
        case .escalate: dates.stage1Responded ?? dates.received
        case .acknowledgeStage2: dates.escalated ?? dates.received
        case .extendStage2, .respondStage2: dates.stage2Acknowledged ?? dates.received
        case .referToOmbudsman, .recordOmbudsman: dates.stage2Responded ?? dates.stage1Responded ?? dates.received
        }
    }
}

/// The complaint measures over a set of complaints: counts per stage, the share of each step
/// done in time, outcomes, and the ombudsman's referrals and findings.
public struct ComplaintMeasures: Equatable, Sendable {
    public var received = 0
    public var acknowledged = 0
    public var acknowledgedInTime = 0
    public var stage1Responses = 0
    public var stage1InTime = 0
    public var stage1Extended = 0
    public var escalated = 0
    public var stage2Responses = 0
    public var stage2InTime = 0
    public var outcomes: [ComplaintOutcome: Int] = [:]
    public var ombudsmanReferrals = 0
    public var ombudsmanFindings: [ComplaintOutcome: Int] = [:]

    public init() {}

    /// Counts one complaint; its final outcome is stage 2's if it had one, else stage 1's.
    public mutating func add(_ dates: ComplaintDates, deadlines: ComplaintDeadlines, outcome: ComplaintOutcome?, ombudsman: ComplaintOutcome?) {
        received += 1
        if let day = dates.acknowledged { acknowledged += 1; acknowledgedInTime += day <= deadlines.acknowledge ? 1 : 0 }
        if let day = dates.stage1Responded { stage1Responses += 1; stage1InTime += day <= deadlines.stage1Response ? 1 : 0 }
        if dates.stage1Extension != nil { stage1Extended += 1 }
        if dates.escalated != nil { escalated += 1 }
        if let day = dates.stage2Responded, let due = deadlines.stage2Response { stage2Responses += 1; stage2InTime += day <= due ? 1 : 0 }
        if let outcome { outcomes[outcome, default: 0] += 1 }
        if dates.ombudsmanReferred != nil { ombudsmanReferrals += 1 }
        if let ombudsman { ombudsmanFindings[ombudsman, default: 0] += 1 }
    }

    public static func percent(_ part: Int, of whole: Int) -> Double? { whole > 0 ? Double(part) * 100 / Double(whole) : nil }

    /// Upheld in full or in part, of the complaints with an outcome.
    public var percentUpheld: Double? {
        Self.percent((outcomes[.upheld] ?? 0) + (outcomes[.partlyUpheld] ?? 0), of: outcomes.values.reduce(0, +))
    }
}

/// A complaint's deadlines: each counted from the step before it — from when that step was
/// done, or, while it is not, from when it was due — plus any extension.
public struct ComplaintDeadlines: Equatable, Sendable {
    public let acknowledge: CalendarDate
    public let stage1Response: CalendarDate
    public let stage2Acknowledge: CalendarDate?
    public let stage2Response: CalendarDate?

    public init(_ dates: ComplaintDates, limits: ComplaintLimits, calendar: WorkingDayCalendar) {
        func after(_ day: CalendarDate, _ days: Int) -> CalendarDate { calendar.adding(workingDays: days, to: day) }
        acknowledge = after(dates.received, limits.acknowledge)
        stage1Response = after(dates.acknowledged ?? acknowledge, limits.stage1Response + (dates.stage1Extension ?? 0))
        guard let escalated = dates.escalated else {
            (stage2Acknowledge, stage2Response) = (nil, nil)
            return
        }
        let stage2Acknowledge = after(escalated, limits.stage2Acknowledge)
        self.stage2Acknowledge = stage2Acknowledge
        stage2Response = after(dates.stage2Acknowledged ?? stage2Acknowledge, limits.stage2Response + (dates.stage2Extension ?? 0))
    }

    /// The next deadline the complaint is waiting on, with what it is for; nil when it waits on none.
    public func next(_ dates: ComplaintDates) -> (what: String, due: CalendarDate)? {
        if dates.acknowledged == nil { return ("acknowledgement", acknowledge) }
        if dates.stage1Responded == nil { return ("stage 1 response", stage1Response) }
        guard dates.escalated != nil, let stage2Acknowledge, let stage2Response else { return nil }
        if dates.stage2Acknowledged == nil { return ("stage 2 acknowledgement", stage2Acknowledge) }
        if dates.stage2Responded == nil { return ("stage 2 response", stage2Response) }
        return nil
    }
}
