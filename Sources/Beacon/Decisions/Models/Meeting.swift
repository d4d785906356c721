import BeaconDomain
import Fluent
import Vapor

/// A meeting of a committee, at a time and place, with its agenda and, once held, minutes.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "committee_id") var committeeID: UUID
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "place") var place: String
    @Coded(key: "status") var status: MeetingStatus
    /// General minutes: who chaired, anything not under an item.
    @Field(key: "minutes") var minutes: String
    @Field(key: "version") var version: Int

    init() {}
}

/// A member's attendance at a meeting.
final class MeetingAttendance: Model, @unchecked Sendable {
    static let schema = "meeting_attendance"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "councillor_id") var councillorID: UUID
    @Coded(key: "attendance") var attendance: Attendance

    init() {}
}
