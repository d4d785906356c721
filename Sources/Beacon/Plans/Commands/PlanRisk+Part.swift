import BeaconDomain
import Fluent
import Vapor

struct RiskInput: Content, VersionedInput {
    var element: String?
    var area: String?
    var owner: String?
    var likelihood: String?
    var impact: String?
    var targetScore: String?
    var reviewOn: String?
    var status: String?
    var priority: String?
    var version: Int?
}

extension PlanRisk: PlanPart, Audited {
    static let kind = PlanPartKind.risks
    static let auditType = "plan risk"
    var auditTitle: String { String(area.prefix(120)) }
    var auditCouncilID: UUID? { councilID }

    func apply(_ input: RiskInput, plan: BusinessPlan, council: Council, on db: Database) async throws {
        var check = FormCheck()
        let scale = council.riskScale
        let element = check.required("element", input.element, label: "Element")
        let area = check.required("area", input.area, label: "Area of risk", max: 2000)
        let owner = check.required("owner", input.owner, label: "Owner")
        let likelihood = check.integer("likelihood", input.likelihood, label: "Likelihood", in: scale.range)
        let impact = check.integer("impact", input.impact, label: "Impact", in: scale.range)
        let target = check.integer("targetScore", input.targetScore, label: "Target score", in: 1...(scale.points * scale.points))
        let review = check.requiredDate("reviewOn", input.reviewOn, label: "Review date")
        // A risk is open unless the form says otherwise; a status that is not a choice is refused.
        let status: RiskStatus? = (input.status ?? "").isEmpty ? .open : check.choice("status", input.status, label: "Status")
        let priority = PlanChoices.checkOne("priority", input.priority, among: try await PlanChoices.priorities(plan.councilID, on: db), label: "Priority", &check)
        try check.orThrow()
        if id == nil { position = try await PlanChoices.nextPosition(PlanRisk.self, plan: plan.requireID(), on: db) }
        (self.element, self.area, self.owner, self.likelihood, self.impact) = (element!, area!, owner!, likelihood!, impact!)
        (targetScore, reviewOn, self.status, priorityID) = (target!, review!, status!, priority)
    }

    static func formFields(for record: PlanRisk?, input: RiskInput?, plan: BusinessPlan, council: Council, on db: Database) async throws -> [FormField] {
        let points = council.riskScale.range.map { FormField.Choice(value: String($0), label: String($0)) }
        return [
            FormField(name: "element", label: "Element", control: .text(max: 200), value: input?.element ?? record?.element ?? "",
                      hint: "Staff, legislation, finance, partners, technology, reputation…", required: true),
            FormField(name: "area", label: "Area of risk", control: .textarea(max: 2000), value: input?.area ?? record?.area ?? "", hint: "What could go wrong", required: true),
            FormField(name: "owner", label: "Owner", control: .text(max: 200), value: input?.owner ?? record?.owner ?? "", required: true),
            FormField(name: "likelihood", label: "Likelihood", control: .select([.prompt("Choose")] + points),
                      value: input?.likelihood ?? record.map { String($0.likelihood) } ?? "", hint: "1 (rare) to \(council.riskScalePoints) (almost certain)", required: true),
            FormField(name: "impact", label: "Impact", control: .select([.prompt("Choose")] + points),
                      value: input?.impact ?? record.map { String($0.impact) } ?? "", hint: "1 (minor) to \(council.riskScalePoints) (severe)", required: true),
            FormField(name: "targetScore", label: "Target score", control: .number, value: input?.targetScore ?? record.map { String($0.targetScore) } ?? "",
                      hint: "The score the actions should bring it to", required: true),
            FormField(name: "reviewOn", label: "Review date", control: .date, value: input?.reviewOn ?? record?.reviewOn.iso ?? "", required: true),
            FormField(name: "status", label: "Status", control: .select([.init(value: "open", label: "Open"), .init(value: "closed", label: "Closed")]),
                      value: input?.status ?? record?.status.rawValue ?? "open", required: true),
            FormField(name: "priority", label: "Strategic priority it threatens", control: .select([.none] + (try await PlanChoices.priorities(plan.councilID, on: db))),
                      value: input?.priority ?? record?.priorityID?.uuidString ?? ""),
        ]
    }
}
