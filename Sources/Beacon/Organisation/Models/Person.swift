import BeaconDomain
import Fluent
import Vapor

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
    @OptionalCoded(key: "left_on") var leftOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}
}
