import BeaconDomain
import Fluent
import Vapor

/// An interest a member declared at a meeting, on an item or generally.
final class InterestDeclaration: Model, @unchecked Sendable {
    static let schema = "interest_declarations"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "meeting_id") var meetingID: UUID
    @OptionalField(key: "item_id") var itemID: UUID?
    @Field(key: "councillor_id") var councillorID: UUID
    @Coded(key: "kind") var kind: InterestKind
    @Field(key: "interest") var interest: String

    init() {}
}
