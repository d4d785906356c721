import BeaconDomain
import Fluent
import Vapor

struct BudgetLineInput: Content, VersionedInput {
    var activity: String?
    var year: String?
    var kind: String?
    var expenditure: String?
    var income: String?
    var fte: String?
    var notes: String?
    var version: Int?
}

extension BudgetKind: ChoiceList {}

extension BudgetLine: PlanPart, Audited {
    static let kind = PlanPartKind.budget
    static let auditType = "budget line"
    var auditTitle: String { "\(activity) \(ReportingPeriod.year(year).yearLabel) \(kind.rawValue)" }
    var auditCouncilID: UUID? { councilID }

    func apply(_ input: BudgetLineInput, plan: BusinessPlan, council: Council, on db: Database) async throws {
        var check = FormCheck()
        let activity = check.required("activity", input.activity, label: "Service activity")
        let year = check.integer("year", input.year, label: "Year", in: (plan.year - 5)...(plan.year + 5))
        let kind: BudgetKind? = check.choice("kind", input.kind, label: "Kind of budget")
        let spend = pounds("expenditure", input.expenditure, label: "Expenditure", &check)
        let income = pounds("income", input.income, label: "Income", &check)
        let fte = FullTimeEquivalent.parse(input.fte ?? "0")
        if fte == nil { check.add("fte", "Full-time equivalents must be a number like 12.5") }
        let notes = check.optional("notes", input.notes, label: "Notes", max: 500)
        if let activity, let year, let kind, try await BudgetLine.query(on: db).filter(\.$planID == plan.requireID()).filter(\.$activity == activity)
            .filter(\.$year == year).filter(\.$kind == kind).all().contains(where: { $0.id != id }) {
            check.add("activity", "There is already a \(kind.title.lowercased()) line for \(activity) in this year")
        }
        try check.orThrow()
        (self.activity, self.year, self.kind) = (activity!, year!, kind!)
        (expenditurePence, incomePence, fteHundredths, self.notes) = (spend!, income!, fte!, notes ?? "")
    }

    private func pounds(_ field: String, _ text: String?, label: String, _ check: inout FormCheck) -> Int? {
        guard let text = check.required(field, text, label: label, max: 20) else { return nil }
        guard let pence = Money.parsePounds(text), pence >= 0 else {
            check.add(field, "\(label) must be an amount in pounds, like 125,000")
            return nil
        }
        return pence
    }

    static func formFields(for record: BudgetLine?, input: BudgetLineInput?, plan: BusinessPlan, council: Council, on db: Database) async throws -> [FormField] {
        let years = ((plan.year - 2)...(plan.year + 1)).map { FormField.Choice(value: String($0), label: ReportingPeriod.year($0).yearLabel) }
        return [
            FormField(name: "activity", label: "Service activity", control: .text(max: 200), value: input?.activity ?? record?.activity ?? "", required: true),
            FormField(name: "year", label: "Financial year", control: .select(years), value: input?.year ?? record.map { String($0.year) } ?? String(plan.year), required: true),
            FormField(name: "kind", label: "Kind of budget", control: .select(BudgetKind.choices), value: input?.kind ?? record?.kind.rawValue ?? BudgetKind.estimate.rawValue,
                      hint: "The plan prints last year's revised budget beside this year's estimate", required: true),
            FormField(name: "expenditure", label: "Expenditure in pounds", control: .text(max: 20),
                      value: input?.expenditure ?? record.map { Money.pounds($0.expenditurePence) } ?? "", required: true),
            FormField(name: "income", label: "Income in pounds", control: .text(max: 20), value: input?.income ?? record.map { Money.pounds($0.incomePence) } ?? "", required: true),
            FormField(name: "fte", label: "Full-time equivalent staff", control: .text(max: 10), value: input?.fte ?? record.map { FullTimeEquivalent.text($0.fteHundredths) } ?? "0"),
            FormField(name: "notes", label: "Notes", control: .text(max: 500), value: input?.notes ?? record?.notes ?? ""),
        ]
    }
}

struct ConsultationInput: Content, VersionedInput {
    var title: String?
    var method: String?
    var completionOn: String?
    var purpose: String?
    var feedbackUse: String?
    var expectedOutcome: String?
    var outcome: String?
    var responses: String?
    var indicator: String?
    var actions: [String]?
    var version: Int?
}

extension PlanConsultation: PlanPart, Audited {
    static let kind = PlanPartKind.consultations
    static let auditType = "plan consultation"
    var auditTitle: String { title }
    var auditCouncilID: UUID? { councilID }

    func apply(_ input: ConsultationInput, plan: BusinessPlan, council: Council, on db: Database) async throws {
        var check = FormCheck()
        let title = check.required("title", input.title, label: "Title")
        let method = check.required("method", input.method, label: "Method")
        let completion = check.requiredDate("completionOn", input.completionOn, label: "Completion date")
        let purpose = check.required("purpose", input.purpose, label: "Purpose", max: 2000)
        let use = check.required("feedbackUse", input.feedbackUse, label: "How feedback will be used", max: 2000)
        let expected = check.optional("expectedOutcome", input.expectedOutcome, label: "Expected outcome", max: 2000)
        let outcome = check.optional("outcome", input.outcome, label: "Outcome", max: 2000)
        let responses = (input.responses ?? "").isEmpty ? nil : check.integer("responses", input.responses, label: "Responses", in: 0...1_000_000)
        let actions = PlanChoices.check("actions", input.actions, among: try await PlanChoices.actions(plan.requireID(), on: db), label: "Actions", &check)
        let indicator = PlanChoices.checkOne("indicator", input.indicator, among: try await PlanChoices.indicators(plan.councilID, on: db), label: "Indicator", &check)
        try check.orThrow()
        indicatorID = indicator
        (self.title, self.method, completionOn, self.purpose, feedbackUse) = (title!, method!, completion!, purpose!, use!)
        (expectedOutcome, self.outcome, self.responses, actionIDs) = (expected ?? "", outcome ?? "", responses, actions)
    }

    static func formFields(for record: PlanConsultation?, input: ConsultationInput?, plan: BusinessPlan, council: Council, on db: Database) async throws -> [FormField] {
        [FormField(name: "title", label: "Title", control: .text(max: 200), value: input?.title ?? record?.title ?? "", required: true),
         FormField(name: "method", label: "Method", control: .text(max: 200), value: input?.method ?? record?.method ?? "",
                   hint: "Citizens' panel survey, public consultation, focus group…", required: true),
         FormField(name: "completionOn", label: "Completion date", control: .date, value: input?.completionOn ?? record?.completionOn.iso ?? "", required: true),
         FormField(name: "purpose", label: "Purpose", control: .textarea(max: 2000), value: input?.purpose ?? record?.purpose ?? "", required: true),
         FormField(name: "feedbackUse", label: "How the feedback will be used", control: .textarea(max: 2000), value: input?.feedbackUse ?? record?.feedbackUse ?? "", required: true),
         FormField(name: "expectedOutcome", label: "Expected outcome", control: .textarea(max: 2000), value: input?.expectedOutcome ?? record?.expectedOutcome ?? ""),
         FormField(name: "outcome", label: "Outcome", control: .textarea(max: 2000), value: input?.outcome ?? record?.outcome ?? "", hint: "Filled in afterwards"),
         FormField(name: "responses", label: "Responses received", control: .number, value: input?.responses ?? record?.responses.map(String.init) ?? ""),
         FormField(name: "indicator", label: "Its result feeds the indicator", control: .select([.none] + (try await PlanChoices.indicators(plan.councilID, on: db))),
                   value: input?.indicator ?? record?.indicatorID?.uuidString ?? "",
                   hint: "For a survey whose result is an indicator's value, such as satisfaction with the council"),
         FormField(name: "actions", label: "Linked actions", control: .checkboxes(try await PlanChoices.actions(plan.requireID(), on: db)),
                   values: input?.actions ?? record?.actionIDs.map(\.uuidString) ?? [])]
    }
}
