/// Which way is good for an indicator.
public enum Polarity: String, CaseIterable, Codable, Sendable {
    case higherIsBetter = "higher_is_better"
    case lowerIsBetter = "lower_is_better"
    /// The target is a range: inside is good.
    case band
    /// Reported for information; never judged.
    case dataOnly = "data_only"

    public var title: String {
        switch self {
        case .higherIsBetter: "Higher is better"
        case .lowerIsBetter: "Lower is better"
        case .band: "Within a band"
        case .dataOnly: "Data only (not judged)"
        }
    }
}

/// How often values are reported.
public enum Frequency: String, CaseIterable, Codable, Sendable {
    case monthly
    case quarterly
    case sixMonthly = "six_monthly"
    case annual
    /// A survey in some years and none in others; reported for the year.
    case survey

    public var title: String {
        switch self {
        case .monthly: "Monthly"
        case .quarterly: "Quarterly"
        case .sixMonthly: "Six-monthly"
        case .annual: "Annual"
        case .survey: "Survey (irregular)"
        }
    }

    public var periodKind: PeriodKind {
        switch self {
        case .monthly: .month
        case .quarterly: .quarter
        case .sixMonthly: .half
        case .annual, .survey: .year
        }
    }
}

/// Whether an indicator is one of the national set or the council's own.
public enum IndicatorScope: String, CaseIterable, Codable, Sendable {
    case national
    case local
    /// A local indicator that feeds a named national one.
    case contributing

    public var title: String {
        switch self {
        case .national: "National"
        case .local: "Local"
        case .contributing: "Local, contributing to a national indicator"
        }
    }
}

/// Where an indicator's values come from.
public enum DataSource: String, CaseIterable, Codable, Sendable {
    case entered
    case calculated
    /// Sent by another system (the service centre or an integration through the API).
    case fed

    public var title: String {
        switch self {
        case .entered: "Entered by hand"
        case .calculated: "Calculated from other indicators"
        case .fed: "Fed from another system"
        }
    }
}

/// Why a period has no value.
public enum MissingReason: String, CaseIterable, Codable, Sendable {
    /// Not collected this period, such as a year with no survey.
    case notCollected = "not_collected"
    case notYetAvailable = "not_yet_available"
    case notApplicable = "not_applicable"

    public var title: String {
        switch self {
        case .notCollected: "Not collected this period"
        case .notYetAvailable: "Not yet available"
        case .notApplicable: "Not applicable"
        }
    }

    /// Whether the period still owes a value: only "not yet available" leaves it owing.
    public var stillOwed: Bool { self == .notYetAvailable }
}

/// An actual result, or a forecast of one, kept apart so an estimate is never read as a result.
public enum ValueKind: String, CaseIterable, Codable, Sendable {
    case actual
    case estimate
    case projection

    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// The result of judging a value against its target.
public enum RAGStatus: String, CaseIterable, Codable, Sendable {
    case green
    case amber
    case red
    case noStatus = "no_status"
    case overdue

    /// Words shown beside the colour, so status never relies on colour alone.
    public var title: String {
        switch self {
        case .green: "Green – on target"
        case .amber: "Amber – within tolerance"
        case .red: "Red – off target"
        case .noStatus: "No status"
        case .overdue: "Overdue"
        }
    }

    public var shortTitle: String {
        switch self {
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        case .noStatus: "No status"
        case .overdue: "Overdue"
        }
    }
}
