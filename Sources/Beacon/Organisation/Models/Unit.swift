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
    @Coded(key: "kind") var kind: UnitKind
    @OptionalField(key: "head_person_id") var headPersonID: UUID?
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}
}

/// A name a unit has had, from one day until the day before the next name.
final class UnitName: Model, @unchecked Sendable {
    static let schema = "unit_names"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "name") var name: String
    @Coded(key: "from_on") var fromOn: CalendarDate
    @OptionalCoded(key: "until_on") var untilOn: CalendarDate?

    init() {}

    init(councilID: UUID, unitID: UUID, name: String, from: CalendarDate) {
        self.councilID = councilID
        self.unitID = unitID
        self.name = name
        self.fromOn = from
    }
}
