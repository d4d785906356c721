import BeaconDomain
import Fluent
import Vapor

/// Someone who signs in to Beacon: an officer, a councillor, an administrator…
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Coded(key: "role") var role: Role
    @OptionalField(key: "unit_id") var unitID: UUID?
    @OptionalField(key: "person_id") var personID: UUID?
    @OptionalField(key: "councillor_id") var councillorID: UUID?
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}

    init(councilID: UUID, email: String, name: String, passwordHash: String, role: Role, unitID: UUID? = nil) {
        self.councilID = councilID
        self.email = email.lowercased()
        self.name = name
        self.passwordHash = passwordHash
        self.role = role
        self.unitID = unitID
        self.version = 1
    }
}

/// A key an integration sends as `Authorization: Bearer …`. Only a hash of the key is kept.
final class APIKey: Model, @unchecked Sendable {
    static let schema = "api_keys"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "name") var name: String
    @Coded(key: "role") var role: Role
    @Field(key: "prefix") var prefix: String
    @Field(key: "key_hash") var keyHash: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @Field(key: "version") var version: Int

    init() {}

    /// The roles an integration may act as: none bounded by a unit, and not a councillor.
    static let assignableRoles: [Role] = [.serviceCentreAgent, .democraticServices, .performanceOfficer, .administrator]
}

/// Consecutive failed sign-ins for one email address, whether or not it has an account, so a
/// guesser learns nothing about which addresses exist.
final class SignInFailure: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "failures") var failures: Int
    @Field(key: "last_failure_at") var lastFailureAt: Date

    init() {}

    init(email: String, failures: Int, at: Date) {
        self.email = email
        self.failures = failures
        self.lastFailureAt = at
    }
}
