import BeaconDomain
import Foundation

/// A column of a dataset and what it holds, as the catalogue documents it.
struct DatasetColumn: Sendable {
    let name: String
    let holds: String

    init(_ name: String, _ holds: String) {
        self.name = name
        self.holds = holds
    }
}

/// Every public list a council publishes as open data, for the data catalogue and its
/// machine-readable twin. Each downloads as CSV and JSON with the columns listed here.
enum OpenDataset: String, CaseIterable, Sendable {
    case indicators, plans, decisions, forwardPlan = "forward-plan", meetings, councillors, strategies, reports
    case services, serviceCentre = "service-centre-measures", complaints = "complaint-figures"

    var title: String {
        switch self {
        case .indicators: "Performance indicators and their latest results"
        case .plans: "Business plans"
        case .decisions: "Decisions register"
        case .forwardPlan: "Forward plan of key decisions"
        case .meetings: "Meetings"
        case .councillors: "Councillors and their positions"
        case .strategies: "Strategies"
        case .reports: "Issued reports"
        case .services: "Services and their standards"
        case .serviceCentre: "Customer service centre: monthly measures"
        case .complaints: "Complaints: yearly figures"
        }
    }

    var summary: String {
        switch self {
        case .indicators: "Each indicator with its latest verified result, target, status and direction of travel."
        case .plans: "Each unit's business plan for a financial year, with its standing."
        case .decisions: "Published decision notices and decisions, newest first."
        case .forwardPlan: "Key decisions to be taken, from notices and from coming meetings' agendas."
        case .meetings: "Meetings of the council's committees, coming and past."
        case .councillors: "Serving councillors, their wards and parties, and the positions they hold today."
        case .strategies: "The council's strategies, their years and how often progress is reported."
        case .reports: "Progress and performance reports issued, every edition."
        case .services: "The services residents can ask for, and the working days each is done within."
        case .serviceCentre: "Calls, service level, first-contact resolution and service requests, month by month. "
            + "Counts only: nothing about any caller."
        case .complaints: "Complaints received each financial year: stages, time limits and outcomes. Counts only."
        }
    }

    var frequency: UpdateFrequency {
        switch self {
        case .indicators, .plans, .decisions, .forwardPlan, .meetings, .councillors, .strategies, .reports, .services:
            .continuous
        case .serviceCentre, .complaints: .daily
        }
    }

    /// The kinds of audit trail entry that change the dataset, for its "last updated".
    var recordTypes: [String] {
        switch self {
        case .indicators: ["indicator", "indicator value", "indicator target"]
        case .plans: ["business plan", "business plan revision"]
        case .decisions, .forwardPlan: ["decision notice"]
        case .meetings: ["meeting", "agenda item", "resolution"]
        case .councillors: ["councillor", "position"]
        case .strategies: ["strategy"]
        case .reports: ["report"]
        case .services: ["service"]
        case .serviceCentre: ["contact import", "service request"]
        case .complaints: ["complaint"]
        }
    }

    /// The page people read the list on; nil where the catalogue is its only page.
    func page(_ council: String) -> SiteURL? {
        switch self {
        case .indicators: .indicatorList(council: council, format: .html)
        case .plans: .planList(council: council)
        case .decisions: .decisionList(council: council)
        case .forwardPlan: .forwardPlan(council: council)
        case .meetings: .meetingList(council: council)
        case .councillors: .councillorList(council: council)
        case .strategies, .services, .serviceCentre, .complaints: nil
        case .reports: .reportList(council: council)
        }
    }

    /// Where it downloads: the indicators and plans where their pages always served them; the
    /// rest under the catalogue's address.
    func download(_ council: String, _ format: ExportFormat) -> SiteURL {
        switch self {
        case .indicators: .indicatorList(council: council, format: format)
        case .plans: .planListData(council: council, format: format)
        default: .dataset(council: council, name: rawValue, format: format)
        }
    }
}
