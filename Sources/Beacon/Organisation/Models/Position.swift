import BeaconDomain
import Fluent
import Vapor

/// A position a councillor holds for a dated span: leader, portfolio holder for an area,
/// chair of a committee…
final class Position: Model, @unchecked Sendable {
    static let schema = "positions"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "councillor_id") var councillorID: UUID
    @Coded(key: "kind") var kind: PositionKind
    @OptionalField(key: "area") var area: String?
    @OptionalField(key: "body") var body: String?
    @Coded(key: "starts_on") var startsOn: CalendarDate
    @OptionalCoded(key: "ends_on") var endsOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}

    var title: String { kind.describe(area: area, body: body) }
}

extension Position {
    /// The positions of a query held on a day: started by then and not ended before it.
    static func held(on day: CalendarDate, _ query: QueryBuilder<Position>) async throws -> [Position] {
        try await query.filter(\.$startsOn <= day).all().filter { $0.endsOn.map { $0 >= day } ?? true }
    }
}
