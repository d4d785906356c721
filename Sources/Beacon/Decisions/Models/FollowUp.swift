import BeaconDomain
import Fluent
import Vapor

/// A report a resolution asked for, listed until an agenda item presents it.
final class FollowUp: Model, @unchecked Sendable {
    static let schema = "follow_ups"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "resolution_id") var resolutionID: UUID
    @Field(key: "title") var title: String
    @Coded(key: "due_on") var dueOn: CalendarDate
    /// Months until the next one is due, when the report is asked for regularly.
    @OptionalField(key: "every_months") var everyMonths: Int?
    @OptionalCoded(key: "presented_on") var presentedOn: CalendarDate?

    init() {}
}
