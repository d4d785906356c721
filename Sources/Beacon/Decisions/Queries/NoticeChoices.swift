import BeaconDomain
import Fluent
import Vapor

/// The lists a notice form offers, and the checks that a choice came from them.
enum NoticeChoices {
    /// Members holding a portfolio today: who may take a decision alone.
    static func portfolioHolders(_ council: UUID, on db: Database) async throws -> [(id: UUID, name: String, title: String)] {
        let positions = try await Position.held(on: BeaconClock.current.today, Position.query(on: db).filter(\.$councilID == council)
            .filter(\.$kind == PositionKind.portfolioHolder))
        let names = try await names(of: Councillor.self, ids: positions.map(\.councillorID), on: db)
        return positions.map { (id: $0.councillorID, name: names[$0.councillorID] ?? "—", title: $0.title) }.sorted { $0.name < $1.name }
    }

    /// How a document names the decision maker: the portfolio they held on the day.
    static func makerTitle(_ maker: UUID, on day: CalendarDate, on db: Database) async throws -> String {
        let positions = try await Position.held(on: day, Position.query(on: db).filter(\.$councillorID == maker)
            .filter(\.$kind == PositionKind.portfolioHolder))
        return positions.first?.title ?? "Cabinet member"
    }

    static func subject(_ kind: NoticeSubjectKind?, plan: String?, strategy: String?, council: UUID, _ check: inout FormCheck,
                        on db: Database) async throws -> (plan: UUID?, strategy: UUID?) {
        switch kind {
        case .plan:
            let id = check.requiredID("subjectPlan", plan, label: "Business plan")
            if id != nil, try await !db.exists(BusinessPlan.self, id, council: council, councilField: \.$councilID) {
                check.add("subjectPlan", "Choose a business plan from the list")
            }
            return (id, nil)
        case .strategy:
            let id = check.requiredID("subjectStrategy", strategy, label: "Strategy")
            if id != nil, try await !db.exists(Strategy.self, id, council: council, councilField: \.$councilID) {
                check.add("subjectStrategy", "Choose a strategy from the list")
            }
            return (nil, id)
        default:
            return (nil, nil)
        }
    }

    /// Plans a decision could approve: those not yet approved, named by unit and year.
    static func planChoices(_ council: UUID, on db: Database) async throws -> [FormField.Choice] {
        let plans = try await BusinessPlan.query(on: db).filter(\.$councilID == council).sort(\.$year, .descending).all()
        let units = try await names(of: Unit.self, ids: plans.map(\.unitID), on: db)
        return plans.map { .init(value: $0.id!.uuidString, label: "\(units[$0.unitID] ?? "—") business plan \($0.yearLabel) (\($0.status.rawValue))") }
    }

    static func fields(for notice: DecisionNotice?, input: NoticeInput?, council: UUID, on db: Database) async throws -> [FormField] {
        let people = try await Person.query(on: db).filter(\.$councilID == council).filter(\.$leftOn == nil).sort(\.$name).all()
        let officers = people.map { FormField.Choice(value: $0.id!.uuidString, label: "\($0.name), \($0.jobTitle)") }
        let makers = try await portfolioHolders(council, on: db).map { FormField.Choice(value: $0.id.uuidString, label: "\($0.name), \($0.title)") }
        let plans = try await planChoices(council, on: db)
        let strategies = try await PlanChoices.strategies(council, on: db)
        func area(_ name: String, _ label: String, _ stored: String?, _ sent: String?, hint: String? = nil) -> FormField {
            FormField(name: name, label: label, control: .textarea(max: 8000), value: sent ?? stored ?? "", hint: hint, required: true)
        }
        return [
            FormField(name: "topic", label: "Topic", control: .text(max: 300), value: input?.topic ?? notice?.topic ?? "", required: true),
            area("summary", "Summary", notice?.summary, input?.summary),
            area("proposals", "Proposed decision", notice?.proposals, input?.proposals, hint: "One part per line; they are numbered in the notice"),
            area("reasons", "Reasons for the decision", notice?.reasons, input?.reasons),
            area("alternatives", "Alternative options considered and rejected", notice?.alternatives, input?.alternatives),
            area("resourceImplications", "Resource implications", notice?.resourceImplications, input?.resourceImplications),
            area("dataProtection", "Data protection impact", notice?.dataProtection, input?.dataProtection),
            area("consultation", "Consultation undertaken", notice?.consultation, input?.consultation),
            FormField(name: "maker", label: "Decision maker", control: .select([.prompt("Choose a portfolio holder")] + makers),
                      value: input?.maker ?? notice?.makerID.uuidString ?? "", required: true),
            FormField(name: "caseOfficer", label: "Case officer", control: .select([.prompt("Choose an officer")] + officers),
                      value: input?.caseOfficer ?? notice?.caseOfficerID.uuidString ?? "", required: true),
            FormField(name: "democraticOfficer", label: "Democratic services officer", control: .select([.prompt("Choose an officer")] + officers),
                      value: input?.democraticOfficer ?? notice?.democraticOfficerID.uuidString ?? "", required: true),
            FormField(name: "subjectKind", label: "What it decides on", control: .select([.prompt("Choose one")] + NoticeSubjectKind.choices),
                      value: input?.subjectKind ?? notice?.subjectKind.rawValue ?? "", required: true),
            FormField(name: "subjectPlan", label: "Business plan", control: .select([.none] + plans),
                      value: input?.subjectPlan ?? notice?.subjectPlanID?.uuidString ?? "", hint: "When it decides on a business plan: approving it approves the plan"),
            FormField(name: "subjectStrategy", label: "Strategy", control: .select([.none] + strategies),
                      value: input?.subjectStrategy ?? notice?.subjectStrategyID?.uuidString ?? "", hint: "When it decides on a strategy"),
            FormField(name: "amount", label: "Amount spent or saved, in pounds", control: .text(max: 20),
                      value: input?.amount ?? notice.map { $0.amountPence == 0 ? "" : String($0.amountPence / 100) } ?? "",
                      hint: "Above the council's threshold this is a key decision, listed in the forward plan"),
            FormField(name: "wards", label: "Wards affected", control: .textarea(max: 2000), value: input?.wards ?? notice?.wards ?? "",
                      hint: "One per line. Two or more make it a key decision; their members are consulted"),
            FormField(name: "expectedOn", label: "Expected date of decision", control: .date, value: input?.expectedOn ?? notice?.expectedOn?.iso ?? "",
                      hint: "Shown in the forward plan for a key decision"),
        ]
    }
}

extension NoticeSubjectKind: ChoiceList {}
extension NoticeOutcome: ChoiceList {}
extension ConsulteeRole: ChoiceList {}
extension KeyDecisionRoute: ChoiceList {}
