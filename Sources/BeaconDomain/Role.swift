/// The roles a signed-in user of Beacon can hold, from least to most (organisation spec).
///
/// The public — anyone not signed in — is the eighth role; it is the absence of an `Actor`.
public enum Role: String, CaseIterable, Codable, Sendable {
    case councillor
    case officer
    case headOfUnit = "head_of_unit"
    case serviceCentreAgent = "service_centre_agent"
    case democraticServices = "democratic_services"
    case performanceOfficer = "performance_officer"
    /// Answers residents' subject access and erasure requests, sets retention, reads the access log.
    case dataProtectionOfficer = "data_protection_officer"
    case administrator

    /// The name a council officer would use for the role.
    public var title: String {
        switch self {
        case .councillor: "Councillor"
        case .officer: "Officer"
        case .headOfUnit: "Head of unit"
        case .serviceCentreAgent: "Service centre agent"
        case .democraticServices: "Democratic services"
        case .performanceOfficer: "Performance officer"
        case .dataProtectionOfficer: "Data protection officer"
        case .administrator: "Administrator"
        }
    }

    /// Whether the role's rights are bounded by a unit of the organisation.
    public var isUnitScoped: Bool {
        self == .officer || self == .headOfUnit
    }
}
