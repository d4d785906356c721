import BeaconDomain
import Fluent
import Vapor

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
    @Coded(key: "effect") var effect: ResolutionEffect
    @OptionalField(key: "plan_id") var planID: UUID?
    @OptionalField(key: "delegation_id") var delegationID: UUID?
    @Field(key: "version") var version: Int

    init() {}

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
