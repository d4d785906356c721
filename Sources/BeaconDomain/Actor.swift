import Foundation

/// Who is acting: a signed-in user, or an integration using an API key.
public struct Actor: Sendable, Equatable {
    public let role: Role
    public let councilID: UUID
    /// The units this actor may act for: an officer's own unit, or a head's unit and every
    /// unit below it. Empty for roles that are not bounded by a unit.
    public let unitScope: Set<UUID>
    /// The person record of the user, when there is one.
    public let personID: UUID?

    public init(role: Role, councilID: UUID, unitScope: Set<UUID> = [], personID: UUID? = nil) {
        self.role = role
        self.councilID = councilID
        self.unitScope = unitScope
        self.personID = personID
    }
}
