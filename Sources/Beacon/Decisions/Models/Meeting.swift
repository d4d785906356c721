import BeaconDomain
import Fluent
import Vapor

/// A body that meets: cabinet, full council, a scrutiny committee or panel. Its members,
/// chair and vice-chair on any day are the councillors' dated positions on it (for cabinet:
/// the leader, deputy leader and cabinet members), so history is kept in one place.
final class Committee: Model, @unchecked Sendable {
    static let schema = "committees"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "name") var name: String
    @Field(key: "kind") var kindName: String
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "version") var version: Int

    init() {}

    var kind: CommitteeKind { CommitteeKind(rawValue: kindName) ?? .other }
}

/// A meeting of a committee, at a time and place, with its agenda and, once held, minutes.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "committee_id") var committeeID: UUID
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "place") var place: String
    @Field(key: "status") var statusName: String
    /// General minutes: who chaired, anything not under an item.
    @Field(key: "minutes") var minutes: String
    @Field(key: "version") var version: Int

    init() {}

    var status: MeetingStatus { MeetingStatus(rawValue: statusName) ?? .scheduled }
}

/// A numbered item of a meeting's agenda, with its report, and afterwards its minutes.
final class AgendaItem: Model, @unchecked Sendable {
    static let schema = "agenda_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    /// Whose report it is: "Report of the cabinet member for customer services".
    @Field(key: "report_author") var reportAuthor: String
    @Field(key: "report") var report: String
    @Field(key: "minutes") var minutes: String
    /// A decision notice referred to cabinet, when this item is one.
    @OptionalField(key: "notice_id") var noticeID: UUID?
    /// A follow-up report this item presents.
    @OptionalField(key: "follow_up_id") var followUpID: UUID?
    /// A key decision to be taken at the meeting: it is listed in the forward plan.
    @Field(key: "is_key") var isKey: Bool
    @Field(key: "version") var version: Int

    init() {}
}

/// What a meeting resolved on an item: numbered parts as moved, and the final wording after
/// any amendments carried.
final class Resolution: Model, @unchecked Sendable {
    static let schema = "resolutions"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "moved") var moved: String
    @Field(key: "final") var finalWording: String
    @Field(key: "effect") var effectName: String
    @OptionalField(key: "plan_id") var planID: UUID?
    @OptionalField(key: "delegation_id") var delegationID: UUID?
    @Field(key: "version") var version: Int

    init() {}

    var effect: ResolutionEffect { ResolutionEffect(rawValue: effectName) ?? .none }
    var parts: [String] { PlanDocument.lines(finalWording) }
}

/// An amendment moved at the meeting: the wording before and after, and whether it was carried.
final class Amendment: Model, @unchecked Sendable {
    static let schema = "amendments"

    @ID(key: .id) var id: UUID?
    @Field(key: "resolution_id") var resolutionID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "moved_by") var movedBy: String
    @Field(key: "before") var before: String
    @Field(key: "after") var after: String
    @Field(key: "carried") var carried: Bool

    init() {}
}

/// A member's attendance at a meeting.
final class MeetingAttendance: Model, @unchecked Sendable {
    static let schema = "meeting_attendance"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "councillor_id") var councillorID: UUID
    @Field(key: "attendance") var attendanceName: String

    init() {}

    var attendance: Attendance { Attendance(rawValue: attendanceName) ?? .present }
}

/// An interest a member declared at a meeting, on an item or generally.
final class InterestDeclaration: Model, @unchecked Sendable {
    static let schema = "interest_declarations"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "meeting_id") var meetingID: UUID
    @OptionalField(key: "item_id") var itemID: UUID?
    @Field(key: "councillor_id") var councillorID: UUID
    @Field(key: "kind") var kindName: String
    @Field(key: "interest") var interest: String

    init() {}

    var kind: InterestKind { InterestKind(rawValue: kindName) ?? .otherRegistrable }
}

/// A report a resolution asked for, listed until an agenda item presents it.
final class FollowUp: Model, @unchecked Sendable {
    static let schema = "follow_ups"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "resolution_id") var resolutionID: UUID
    @Field(key: "title") var title: String
    @Field(key: "due_on") var dueOn: String
    /// Months until the next one is due, when the report is asked for regularly.
    @OptionalField(key: "every_months") var everyMonths: Int?
    @OptionalField(key: "presented_on") var presentedOn: String?

    init() {}
}

