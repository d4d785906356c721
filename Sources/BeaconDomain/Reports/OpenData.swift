import Foundation

/// The licence a council publishes its data under (a council setting; the Open Government
/// Licence by default, as the UK's public bodies use).
public enum DataLicence: String, CaseIterable, Codable, Sendable {
    case openGovernment = "ogl-3.0"
    case creativeCommonsAttribution = "cc-by-4.0"
    case creativeCommonsZero = "cc0-1.0"

    public var title: String {
        switch self {
        case .openGovernment: "Open Government Licence v3.0"
        case .creativeCommonsAttribution: "Creative Commons Attribution 4.0"
        case .creativeCommonsZero: "Creative Commons Zero 1.0 (public domain)"
        }
    }

    public var address: String {
        switch self {
        case .openGovernment: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
        case .creativeCommonsAttribution: "https://creativecommons.org/licenses/by/4.0/"
        case .creativeCommonsZero: "https://creativecommons.org/publicdomain/zero/1.0/"
        }
    }
}

/// How often a dataset changes, in words and as the Dublin Core frequency DCAT-AP names.
public enum UpdateFrequency: String, CaseIterable, Sendable {
    /// Changes whenever the council records something (a decision, a meeting, a report).
    case continuous
    case daily, monthly, quarterly, annual

    public var title: String {
        switch self {
        case .continuous: "As records change"
        case .daily: "Daily"
        case .monthly: "Monthly"
        case .quarterly: "Quarterly"
        case .annual: "Yearly"
        }
    }

    /// The EU Publications Office's frequency authority, which DCAT-AP uses.
    public var address: String {
        let code = switch self {
        case .continuous: "UPDATE_CONT"
        case .daily: "DAILY"
        case .monthly: "MONTHLY"
        case .quarterly: "QUARTERLY"
        case .annual: "ANNUAL"
        }
        return "http://publications.europa.eu/resource/authority/frequency/" + code
    }
}
