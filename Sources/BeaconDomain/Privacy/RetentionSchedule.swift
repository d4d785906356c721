/// The kinds of record whose personal details Beacon keeps only for a set time (quality spec,
/// "Privacy"), each with the council's period in months and what the period runs from.
public enum RetainedRecord: String, CaseIterable, Codable, Sendable {
    case contactDetails = "contact_details"
    case closedRequests = "closed_requests"
    case closedComplaints = "closed_complaints"
    case representations
    case accessLog = "access_log"

    /// What a council officer calls it.
    public var title: String {
        switch self {
        case .contactDetails: "Contacts' personal details"
        case .closedRequests: "Closed service requests' personal details"
        case .closedComplaints: "Closed complaints' personal details"
        case .representations: "Representations on decisions: who made them"
        case .accessLog: "Access log of sensitive records"
        }
    }

    /// The day the period is counted from.
    public var countedFrom: String {
        switch self {
        case .contactDetails: "the day of the contact"
        case .closedRequests: "the day the request was closed"
        case .closedComplaints: "the last response (stage 2, else stage 1, else the day received)"
        case .representations: "the day the representation was made"
        case .accessLog: "the day the record was opened"
        }
    }

    /// Beacon's default, where the council has set none: contacts and requests two years, as most
    /// councils' schedules say for case records; complaints six years, the limitation period.
    public var defaultMonths: Int {
        switch self {
        case .contactDetails, .closedRequests, .accessLog: 24
        case .closedComplaints, .representations: 72
        }
    }

    /// The periods a council may set: at least a month, at most a century.
    public static let allowedMonths = 1...1_200
}

/// When a record's personal details fall due for blanking.
public enum RetentionRule {
    /// The first day a record must still be kept on: `today` less `months`, on the same day of
    /// the month, or the month's last day where that month is shorter.
    public static func cutoff(today: CalendarDate, months: Int) -> CalendarDate {
        let monthsSinceYearZero = today.year * 12 + (today.month - 1) - months
        let year = monthsSinceYearZero / 12, month = monthsSinceYearZero % 12 + 1
        let day = min(today.day, CalendarDate.daysIn(month: month, year: year))
        return CalendarDate(computedYear: year, month: month, day: day)
    }

    /// Whether a record counted from `day` is past its period: strictly before the cut-off.
    public static func isDue(countedFrom day: CalendarDate, today: CalendarDate, months: Int) -> Bool {
        day < cutoff(today: today, months: months)
    }
}
