import BeaconDomain
import Fluent
import Vapor

/// One of the council's strategic priorities ("Homes and environment"), which plans, actions
/// and indicators trace back to.
final class StrategicPriority: Model, @unchecked Sendable {
    static let schema = "strategic_priorities"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "title") var title: String
    @Field(key: "description") var summary: String
    /// Its number in the corporate strategy (1, 2, …); 0 when not numbered.
    @Field(key: "number") var number: Int
    /// The objectives under the priority, one per line.
    @Field(key: "objectives") var objectives: String
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}

    /// `3. Customer service`, or the title alone when not numbered.
    var numberedTitle: String { number > 0 ? "\(number). \(title)" : title }
}
