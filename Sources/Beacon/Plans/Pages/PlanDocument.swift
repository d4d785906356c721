import BeaconDomain
import Foundation

/// Everything a business plan's published document shows, in the spec's nine sections. It is
/// built from the plan's working copy, and frozen as JSON in a `PlanRevision` on approval, so
/// every approved revision renders exactly as it was approved.
struct PlanDocument: Codable, Sendable, Equatable {
    struct PriorityLink: Codable, Sendable, Equatable {
        let priorityID: UUID
        let title: String
        let responsibility: String
    }

    struct Development: Codable, Sendable, Equatable {
        let starts, development, inResponseTo, outcome, contribution: String
    }

    struct Action: Codable, Sendable, Equatable {
        let id: UUID
        let reference: String
        let scope: ActionScope
        let theme, objective, linkedTo, activity, target, outcome, resources, owner: String
        let due: CalendarDate?
        let status: ActionStatus
        let percent: Int
        let overdue: Bool
        let priorityID: UUID?
        let priorityTitle: String?
        /// The strategy the action delivers, if any (absent in documents frozen before it was kept).
        let strategyID: UUID?
        let indicatorCodes: [String]
        let smart: SmartCheck
        let latestUpdate: String?
    }

    struct KeyIndicator: Codable, Sendable, Equatable {
        let id: UUID
        let code, title, purpose, officer: String
        /// One cell per `kpiColumns` entry: results, the estimate, then targets.
        let cells: [String]
        let priorityID: UUID?
    }

    struct Consultation: Codable, Sendable, Equatable {
        let title, method, purpose, feedbackUse, expectedOutcome, outcome: String
        let completion: CalendarDate
        let responses: Int?
        let actionReferences: [String]
    }

    struct Risk: Codable, Sendable, Equatable {
        let id: UUID
        let reference, element, area, owner: String
        let likelihood, impact, targetScore: Int
        let band: RiskBand
        let reviewOn: CalendarDate
        let isOpen: Bool
        let priorityID: UUID?
        /// The actions required, as lines: activity, owner, due date.
        let actions: [String]
        /// Earlier scores at reviews: `12 on 1 October 2005`.
        let history: [String]

        var score: Int { likelihood * impact }
    }

    let councilName, unitName, yearLabel, horizon: String
    let headOfUnit: String?
    let year: Int
    /// Set when the document is frozen (approved) and when a frozen one is read as published.
    var status: PlanStatus
    let revision: Int
    var approvedBy: String?
    var approvedOn: CalendarDate?
    let purpose: [String]
    let priorities: [PriorityLink]
    let coreActivities: [String]
    let developments: [Development]
    let actions: [Action]
    let staffing: String
    let budget: BudgetTable
    let kpiColumns: [String]
    let indicators: [KeyIndicator]
    let consultations: [Consultation]
    let risks: [Risk]
    let riskScale: Int

    /// The nine sections in the order councils publish them.
    static let sections = ["Description and purpose", "Links to strategic priorities", "Core activities",
                           "Proposed developments and improvements", "Service priorities", "Resource implications",
                           "Key performance indicators", "Proposals for public consultation", "Risk management"]

    var title: String { "\(unitName) Business Plan \(yearLabel)" }

    /// How many actions fail each SMART letter, and how many pass all five.
    var smartCounts: (smart: Int, failing: [(SmartLetter, Int)]) {
        let smart = actions.filter(\.smart.isSmart).count
        let failing = SmartLetter.allCases.map { letter in (letter, actions.filter { !$0.smart.passed(letter) }.count) }
        return (smart, failing)
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    static func decoded(_ json: String) throws -> PlanDocument {
        try JSONDecoder().decode(PlanDocument.self, from: Data(json.utf8))
    }
}
