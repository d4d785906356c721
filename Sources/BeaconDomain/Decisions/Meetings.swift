import Foundation

/// The kinds of body that hold meetings (decisions spec, "Meetings").
public enum CommitteeKind: String, CaseIterable, Codable, Sendable {
    case cabinet
    case council
    case scrutiny
    case panel
    case jointCommittee = "joint_committee"
    case other

    public var title: String {
        switch self {
        case .cabinet: "Cabinet"
        case .council: "Full council"
        case .scrutiny: "Scrutiny committee"
        case .panel: "Panel"
        case .jointCommittee: "Joint committee of a partnership"
        case .other: "Other committee"
        }
    }
}

public enum MeetingStatus: String, CaseIterable, Codable, Sendable {
    case scheduled, held, cancelled

    public var title: String {
        switch self {
        case .scheduled: "Scheduled"
        case .held: "Held"
        case .cancelled: "Cancelled"
        }
    }
}

/// What a resolution does besides recording the meeting's decision.
public enum ResolutionEffect: String, CaseIterable, Codable, Sendable {
    case none
    /// Delegates functions to a partnership's joint committee (organisation spec).
    case delegate
    /// Approves a submitted business plan.
    case approvePlan = "approve_plan"
    /// Asks for a report back: a dated follow-up, repeated every so many months.
    case requestReport = "request_report"

    public var title: String {
        switch self {
        case .none: "Records the decision only"
        case .delegate: "Delegates functions to a joint committee"
        case .approvePlan: "Approves a business plan"
        case .requestReport: "Asks for a report back"
        }
    }
}

/// Whether a member was at a meeting.
public enum Attendance: String, CaseIterable, Codable, Sendable {
    case present
    case apologies
    case absent

    public var title: String {
        switch self {
        case .present: "Present"
        case .apologies: "Apologies"
        case .absent: "Absent"
        }
    }
}

/// The kinds of interest a member declares under a members' code of conduct.
public enum InterestKind: String, CaseIterable, Codable, Sendable {
    case disclosablePecuniary = "disclosable_pecuniary"
    case otherRegistrable = "other_registrable"
    case nonRegistrable = "non_registrable"

    public var title: String {
        switch self {
        case .disclosablePecuniary: "Disclosable pecuniary interest"
        case .otherRegistrable: "Other registrable interest"
        case .nonRegistrable: "Non-registrable interest"
        }
    }
}

/// When a requested report is due again: the same day so many months on, or the month's
/// last day when the month is shorter (a report due on 31 August is next due on 28 or 29 February).
public enum FollowUpSchedule {
    public static func next(after due: CalendarDate, everyMonths months: Int) -> CalendarDate {
        let index = due.year * 12 + (due.month - 1) + months
        let year = index / 12, month = index % 12 + 1
        let last = CalendarDate.daysIn(month: month, year: year)
        return CalendarDate(computedYear: year, month: month, day: min(due.day, last))
    }
}
