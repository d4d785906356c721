import BeaconDomain
import Fluent
import Vapor

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
    @OptionalCoded(key: "left_on") var leftOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}
}
