import BeaconDomain
import Fluent
import Vapor

/// What the action form sends.
struct ActionInput: Content, VersionedInput {
    var scope: String?
    var theme: String?
    var objective: String?
    var linkedTo: String?
    var strategy: String?
    var activity: String?
    var target: String?
    var startsOn: String?
    var dueOn: String?
    var outcome: String?
    var officerDays: String?
    var cost: String?
    var owner: String?
    var priority: String?
    var risk: String?
    var indicators: [String]?
    var version: Int?
}

extension ActionScope: ChoiceList {}

extension PlanAction: PlanPart {
    static let kind = PlanPartKind.actions

    func apply(_ input: ActionInput, plan: BusinessPlan, council: Council, on db: Database) async throws {
        var check = FormCheck()
        let scope: ActionScope? = check.choice("scope", input.scope, label: "Corporate or departmental")
        let activity = check.required("activity", input.activity, label: "Activity", max: 2000)
        let target = check.required("target", input.target, label: "Target", max: 1000)
        let owner = check.required("owner", input.owner, label: "Owner")
        let starts = check.optionalDate("startsOn", input.startsOn, label: "Start date")
        let given = check.optionalDate("dueOn", input.dueOn, label: "Due date")
        let due = dueDate(given: given, target: target)
        if let starts, let due, due < starts {
            if given == due {
                check.add("dueOn", "Due date must be on or after the start date")
            } else {
                check.add("target", "The target's date, \(due.long), is before the start date: "
                              + "correct it or give a due date")
            }
        }
        var days: [RoleDays]?
        do { days = try ActionResources.parseDays(input.officerDays ?? "") } catch { check.add("officerDays", error.message) }
        let costText = input.cost?.trimmingCharacters(in: .whitespaces) ?? ""
        let cost = costText.isEmpty || costText == "£??" ? nil : Money.parsePounds(costText)
        if !costText.isEmpty && costText != "£??" && cost == nil { check.add("cost", "Cost must be an amount in pounds, like 2,500, or empty if not known") }
        let priority = PlanChoices.checkOne("priority", input.priority, among: try await PlanChoices.priorities(plan.councilID, on: db), label: "Priority", &check)
        let strategy = PlanChoices.checkOne("strategy", input.strategy, among: try await PlanChoices.strategies(plan.councilID, on: db), label: "Strategy", &check)
        let risk = PlanChoices.checkOne("risk", input.risk, among: try await PlanChoices.risks(plan.requireID(), on: db), label: "Risk", &check)
        let indicators = PlanChoices.check("indicators", input.indicators, among: try await PlanChoices.indicators(plan.councilID, on: db), label: "Indicators", &check)
        let texts = [("theme", input.theme, "Theme"), ("objective", input.objective, "Objective"), ("linkedTo", input.linkedTo, "Linked to"), ("outcome", input.outcome, "Anticipated outcome")]
            .map { check.optional($0.0, $0.1, label: $0.2, max: 1000) ?? "" }
        try check.orThrow()
        if id == nil {
            position = try await PlanChoices.nextPosition(PlanAction.self, plan: plan.requireID(), on: db)
            self.status = ActionStatus.notStarted
            percent = 0
        }
        (self.scope, self.activity, self.target, self.owner) = (scope!, activity!, target!, owner!)
        (theme, objective, linkedTo, outcome) = (texts[0], texts[1], texts[2], texts[3])
        (startsOn, dueOn, costPence) = (starts, due, cost)
        officerDays = days
        (priorityID, strategyID, riskID, indicatorIDs) = (priority, strategy, risk, indicators)
    }

    var smartCheck: SmartCheck? { SmartCheck(facts) }

    /// The due date: the one given, or else the date the target names, so a dated action can go
    /// overdue. A due date that was the old target's date follows the target when it changes.
    private func dueDate(given: CalendarDate?, target: String?) -> CalendarDate? {
        let fromTarget = target.flatMap { DeadlineParser.parse($0).finalDate }
        guard let given else { return fromTarget }
        let followedTarget = id != nil && dueOn == given && DeadlineParser.parse(self.target).finalDate == given
        return followedTarget ? fromTarget ?? given : given
    }

    static func formFields(for record: PlanAction?, input: ActionInput?, plan: BusinessPlan, council: Council, on db: Database) async throws -> [FormField] {
        let planID = try plan.requireID()
        let days = record.map { action in action.resources.officerDays.map { $0.map(\.text).joined(separator: "\n") } ?? "To be determined" }
        return [
            FormField(name: "scope", label: "Corporate or departmental", control: .select(ActionScope.choices),
                      value: input?.scope ?? record?.scope.rawValue ?? ActionScope.departmental.rawValue, hint: "Corporate and cross-cutting actions are listed first", required: true),
            FormField(name: "activity", label: "Activity", control: .textarea(max: 2000), value: input?.activity ?? record?.activity ?? "",
                      hint: "What will be done, specifically", required: true),
            FormField(name: "target", label: "Target", control: .text(max: 1000), value: input?.target ?? record?.target ?? "",
                      hint: "A quantity or deliverable and when: “Procedure agreed by Cabinet by end March 2026”", required: true),
            FormField(name: "startsOn", label: "Start date", control: .date, value: input?.startsOn ?? record?.startsOn?.iso ?? "", hint: "Used to suggest a status from progress"),
            FormField(name: "dueOn", label: "Due date", control: .date, value: input?.dueOn ?? record?.dueOn?.iso ?? "",
                      hint: "Left empty, the date the target names is used"),
            FormField(name: "outcome", label: "Anticipated outcome", control: .textarea(max: 1000), value: input?.outcome ?? record?.outcome ?? ""),
            FormField(name: "officerDays", label: "Officer-days", control: .textarea(max: 1000), value: input?.officerDays ?? days ?? "",
                      hint: "One line per role, like “10 days – Policy Officer”. “To be determined” if not known; “None” if no officer time."),
            FormField(name: "cost", label: "Cost in pounds", control: .text(max: 20), value: input?.cost ?? record?.costPence.map { Money.pounds($0) } ?? "",
                      hint: "Empty if not known (shown as £??); 0 if there is no cost"),
            FormField(name: "owner", label: "Owner", control: .text(max: 200), value: input?.owner ?? record?.owner ?? "", hint: "A job title, like Head of Policy", required: true),
            FormField(name: "theme", label: "Theme", control: .text(max: 1000), value: input?.theme ?? record?.theme ?? ""),
            FormField(name: "objective", label: "Corporate aim or objective", control: .text(max: 1000), value: input?.objective ?? record?.objective ?? ""),
            FormField(name: "linkedTo", label: "Linked to", control: .text(max: 1000), value: input?.linkedTo ?? record?.linkedTo ?? "",
                      hint: "The strategy, plan, act or review that drives it"),
            FormField(name: "priority", label: "Strategic priority", control: .select([.none] + (try await PlanChoices.priorities(plan.councilID, on: db))),
                      value: input?.priority ?? record?.priorityID?.uuidString ?? ""),
            FormField(name: "strategy", label: "Delivers the strategy", control: .select([.none] + (try await PlanChoices.strategies(plan.councilID, on: db))),
                      value: input?.strategy ?? record?.strategyID?.uuidString ?? ""),
            FormField(name: "risk", label: "Required by the risk", control: .select([.none] + (try await PlanChoices.risks(planID, on: db))),
                      value: input?.risk ?? record?.riskID?.uuidString ?? "", hint: "An action required by a risk is listed with the risk in section 9"),
            FormField(name: "indicators", label: "Linked indicators", control: .checkboxes(try await PlanChoices.indicators(plan.councilID, on: db)),
                      values: input?.indicators ?? record?.indicatorIDs.map(\.uuidString) ?? []),
        ]
    }
}
