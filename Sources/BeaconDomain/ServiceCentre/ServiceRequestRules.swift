/// Where a service request stands (customer service spec, "Service requests").
public enum RequestStatus: String, CaseIterable, Codable, Sendable {
    case open
    case acknowledged
    case inProgress = "in_progress"
    case closed
    case rejected

    public var title: String {
        switch self {
        case .open: "Open"
        case .acknowledged: "Acknowledged"
        case .inProgress: "In progress"
        case .closed: "Closed"
        case .rejected: "Rejected"
        }
    }

    /// Closed and rejected requests are finished; a new request is raised rather than reopening one.
    public var isFinished: Bool { self == .closed || self == .rejected }

    /// The statuses an update may move a request to; the same status adds a note only.
    public var next: [RequestStatus] {
        switch self {
        case .open: [.open, .acknowledged, .inProgress, .closed, .rejected]
        case .acknowledged: [.acknowledged, .inProgress, .closed, .rejected]
        case .inProgress: [.inProgress, .closed, .rejected]
        case .closed, .rejected: []
        }
    }
}

/// A service's resolution standard: a request is due the given number of working days after
/// the day it was raised, and closed within standard if closed on or before that day.
public struct ResolutionStandard: Sendable {
    public let workingDays: Int
    public let calendar: WorkingDayCalendar

    public init(workingDays: Int, calendar: WorkingDayCalendar) {
        self.workingDays = workingDays
        self.calendar = calendar
    }

    public func due(raisedOn day: CalendarDate) -> CalendarDate { calendar.adding(workingDays: workingDays, to: day) }

    public func closedWithin(raisedOn raised: CalendarDate, closedOn closed: CalendarDate) -> Bool { closed <= due(raisedOn: raised) }
}

/// Departmental resolution over the requests closed in a period: the share closed within
/// their standard, and the mean working days from raising to closing.
public struct DepartmentalResolution: Equatable, Sendable {
    public var closed = 0
    public var withinStandard = 0
    public var workingDays = 0

    public init() {}

    public mutating func add(raisedOn raised: CalendarDate, closedOn closed: CalendarDate, within: Bool, calendar: WorkingDayCalendar) {
        self.closed += 1
        withinStandard += within ? 1 : 0
        workingDays += calendar.workingDays(after: raised, through: closed)
    }

    public var percentWithin: Double? { closed > 0 ? Double(withinStandard) * 100 / Double(closed) : nil }
    public var meanWorkingDays: Double? { closed > 0 ? Double(workingDays) / Double(closed) : nil }
}

extension ServiceQuestion {
    /// Checks answers to a service's questions, keyed by code: required ones present, numbers
    /// and dates readable, choices among the choices (several separated by `;`). Returns the
    /// cleaned answers, or the problems keyed by code.
    public static func check(_ given: [String: String], against questions: [ServiceQuestion]) -> Result<[String: String], Problems> {
        var answers: [String: String] = [:]
        var problems: [(code: String, message: String)] = []
        for question in questions {
            let text = given[question.code]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if text.isEmpty {
                if question.required { problems.append((question.code, "Answer “\(question.prompt)”")) }
                continue
            }
            if let problem = question.problem(with: text) { problems.append((question.code, problem)) } else { answers[question.code] = text }
        }
        return problems.isEmpty ? .success(answers) : .failure(Problems(list: problems))
    }

    private func problem(with text: String) -> String? {
        switch kind {
        case .text: return text.count > 2_000 ? "“\(prompt)” must be 2,000 characters or fewer" : nil
        case .number: return Double(text) == nil ? "“\(prompt)” must be a number, like 3" : nil
        case .date: return CalendarDate(iso: text) == nil ? "“\(prompt)” must be a date like 2026-03-02" : nil
        case .single: return choices.contains(text) ? nil : "Choose one of the answers to “\(prompt)”"
        case .multiple:
            let picked = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            return picked.allSatisfy(choices.contains) ? nil : "Choose among the answers to “\(prompt)”"
        }
    }

    /// The problems with a set of answers, by question code.
    public struct Problems: Error, Sendable {
        public let list: [(code: String, message: String)]
    }
}
