import Foundation

/// The span a report covers: one of the council's periods, or a run of them from one period to
/// another (reporting spec: a quarter, a half year, a year, or any range).
public struct ReportSpan: Equatable, Sendable {
    public let from: ReportingPeriod
    public let to: ReportingPeriod

    /// Nil when the run ends before it starts or mixes kinds of period.
    public init?(from: ReportingPeriod, to: ReportingPeriod) {
        guard from.kind == to.kind, from <= to else { return nil }
        self.from = from
        self.to = to
    }

    public init(_ period: ReportingPeriod) {
        from = period
        to = period
    }

    public var start: CalendarDate { from.start }
    public var end: CalendarDate { to.end }
    public var label: String { from == to ? from.label : "\(from.label) to \(to.label)" }
}

/// The reports a council uses from its first day, each making a complete draft in one step.
public enum ReportTemplate: String, CaseIterable, Codable, Sendable {
    /// The quarterly performance report to cabinet and the overview and scrutiny committee.
    case quarterlyPerformance = "quarterly_performance"
    /// The six-monthly progress report a cabinet asks for when it approves a strategy.
    case strategyProgress = "strategy_progress"
    /// The annual performance plan: every national indicator's results and targets.
    case annualPerformancePlan = "annual_performance_plan"
    /// The annual complaints performance report.
    case annualComplaints = "annual_complaints"
    /// A report built section by section.
    case custom

    public var title: String {
        switch self {
        case .quarterlyPerformance: "Quarterly performance report"
        case .strategyProgress: "Six-monthly progress report on a strategy"
        case .annualPerformancePlan: "Annual performance plan"
        case .annualComplaints: "Annual complaints report"
        case .custom: "A report of your own"
        }
    }

    public var scope: ReportScopeKind { self == .strategyProgress ? .strategy : .council }

    public var sections: [ReportSectionKind] {
        switch self {
        case .quarterlyPerformance:
            [.indicators, .actions, .risks, .budget, .serviceCentre, .complaints, .decisions]
        case .strategyProgress: [.actions, .indicators, .risks]
        case .annualPerformancePlan: [.performancePlan]
        case .annualComplaints: [.complaints]
        case .custom: [.indicators, .actions]
        }
    }

    public var audience: ReportAudience {
        switch self {
        case .quarterlyPerformance, .strategyProgress: .cabinet
        case .annualPerformancePlan: .council
        case .annualComplaints: .scrutiny
        case .custom: .publicOnly
        }
    }

    /// The span a draft made on `today` covers: the last quarter or half year that has ended;
    /// the annual performance plan is for the year now running (last year's results beside this
    /// year's targets); the complaints report for the last year that has ended.
    public func span(on today: CalendarDate) -> ReportSpan {
        switch self {
        case .quarterlyPerformance, .custom: ReportSpan(ReportingPeriod(containing: today, kind: .quarter).previous)
        case .strategyProgress: ReportSpan(ReportingPeriod(containing: today, kind: .half).previous)
        case .annualPerformancePlan: ReportSpan(ReportingPeriod(containing: today, kind: .year))
        case .annualComplaints: ReportSpan(ReportingPeriod(containing: today, kind: .year).previous)
        }
    }

    /// The draft's title, such as "Quarterly performance report, 2026/27 Q2".
    public func reportTitle(scopeName: String, span: ReportSpan) -> String {
        switch self {
        case .quarterlyPerformance: "Quarterly performance report, \(span.label)"
        case .strategyProgress: "\(scopeName): progress report, \(span.label)"
        case .annualPerformancePlan: "Annual performance plan \(span.label)"
        case .annualComplaints: "Annual complaints report \(span.label)"
        case .custom: "\(scopeName): report, \(span.label)"
        }
    }
}
