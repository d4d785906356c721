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
    @Coded(key: "kind") var kind: CommitteeKind
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}
}
