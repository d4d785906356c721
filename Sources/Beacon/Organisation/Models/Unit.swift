import BeaconDomain
import Fluent
import Vapor

/// An organisational unit: directorate, department, division, service or team. Renaming
/// keeps the old name in `UnitName`; closing keeps the unit so plans and indicators still
/// point at it.
final class Unit: Model, @unchecked Sendable {
    static let schema = "units"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @OptionalField(key: "parent_id") var parentID: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kindName: String
    @OptionalField(key: "head_person_id") var headPersonID: UUID?
    @OptionalField(key: "closed_on") var closedOn: String?
    @Field(key: "version") var version: Int

    init() {}

    var kind: UnitKind { UnitKind(rawValue: kindName) ?? .team }
}

/// A name a unit has had, from one day until the day before the next name.
final class UnitName: Model, @unchecked Sendable {
    static let schema = "unit_names"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "name") var name: String
    @Field(key: "from_on") var fromOn: String
    @OptionalField(key: "until_on") var untilOn: String?

    init() {}

    init(councilID: UUID, unitID: UUID, name: String, from: CalendarDate) {
        self.councilID = councilID
        self.unitID = unitID
        self.name = name
        self.fromOn = from.iso
    }
}

/// An officer of the council, in a unit, with the job title documents name them by.
final class Person: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "name") var name: String
    @Field(key: "job_title") var jobTitle: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "left_on") var leftOn: String?
    @Field(key: "version") var version: Int

    init() {}
}

/// An elected member, with ward and party. Their positions are dated (`Position`).
final class Councillor: Model, @unchecked Sendable {
    static let schema = "councillors"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "name") var name: String
    @Field(key: "ward") var ward: String
    @Field(key: "party") var party: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "left_on") var leftOn: String?
    @Field(key: "version") var version: Int

    init() {}
}

/// A position a councillor holds for a dated span: leader, portfolio holder for an area,
/// chair of a committee…
final class Position: Model, @unchecked Sendable {
    static let schema = "positions"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "councillor_id") var councillorID: UUID
    @Field(key: "kind") var kindName: String
    @OptionalField(key: "area") var area: String?
    @OptionalField(key: "body") var body: String?
    @Field(key: "starts_on") var startsOn: String
    @OptionalField(key: "ends_on") var endsOn: String?
    @Field(key: "version") var version: Int

    init() {}

    var kind: PositionKind { PositionKind(rawValue: kindName) ?? .committeeMember }
    var title: String { kind.describe(area: area, body: body) }
}

extension Position {
    /// The positions of a query held on a day: started by then and not ended before it.
    static func held(on day: CalendarDate, _ query: QueryBuilder<Position>) async throws -> [Position] {
        try await query.filter(\.$startsOn <= day.iso).all().filter { $0.endsOn.map { $0 >= day.iso } ?? true }
    }
}
