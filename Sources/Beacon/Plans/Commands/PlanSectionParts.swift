import BeaconDomain
import Fluent
import Vapor

struct PriorityLinkInput: Content, VersionedInput {
    var priority: String?
    var responsibility: String?
    var version: Int?
}

extension PlanPriorityLink: PlanPart, Audited {
    static let kind = PlanPartKind.priorities
    static let auditType = "plan link to a priority"
    var auditTitle: String { String(responsibility.prefix(120)) }
    var auditCouncilID: UUID? { councilID }

    func apply(_ input: PriorityLinkInput, plan: BusinessPlan, council: Council, on db: Database) async throws {
        var check = FormCheck()
        let priorities = try await PlanChoices.priorities(plan.councilID, on: db)
        let priority = PlanChoices.checkOne("priority", input.priority, among: priorities, label: "Strategic priority", &check)
        if priority == nil && check.isValid { check.add("priority", "Choose strategic priority") }
        let responsibility = check.required("responsibility", input.responsibility, label: "The unit's responsibility", max: 2000)
        if let priority, try await PlanPriorityLink.query(on: db).filter(\.$planID == plan.requireID()).filter(\.$priorityID == priority)
            .all().contains(where: { $0.id != id }) {
            check.add("priority", "The plan already links to this priority; change that link instead")
        }
        try check.orThrow()
        priorityID = priority!
        self.responsibility = responsibility!
    }

    static func formFields(for record: PlanPriorityLink?, input: PriorityLinkInput?, plan: BusinessPlan, council: Council, on db: Database) async throws -> [FormField] {
        [FormField(name: "priority", label: "Strategic priority", control: .select([.prompt("Choose a priority")] + (try await PlanChoices.priorities(plan.councilID, on: db))),
                   value: input?.priority ?? record?.priorityID.uuidString ?? "", required: true),
         FormField(name: "responsibility", label: "The unit's responsibility", control: .textarea(max: 2000),
                   value: input?.responsibility ?? record?.responsibility ?? "", hint: "What this unit does towards the priority", required: true)]
    }
}

struct DevelopmentInput: Content, VersionedInput {
    var starts: String?
    var development: String?
    var inResponseTo: String?
    var outcome: String?
    var contribution: String?
    var version: Int?
}

extension PlanDevelopment: PlanPart, Audited {
    static let kind = PlanPartKind.developments
    static let auditType = "plan development"
    var auditTitle: String { String(development.prefix(120)) }
    var auditCouncilID: UUID? { councilID }

    func apply(_ input: DevelopmentInput, plan: BusinessPlan, council: Council, on db: Database) async throws {
        var check = FormCheck()
        let starts = check.required("starts", input.starts, label: "Start", max: 20)
        if let starts, starts.range(of: #"^[0-9]{4}/[0-9]{2}$"#, options: .regularExpression) == nil {
            check.add("starts", "Start must be a year like 2005/06 or a span like 2005/09")
        }
        let development = check.required("development", input.development, label: "Development", max: 2000)
        let driver = check.required("inResponseTo", input.inResponseTo, label: "In response to", max: 500)
        let outcome = check.required("outcome", input.outcome, label: "Anticipated outcome", max: 2000)
        let contribution = check.optional("contribution", input.contribution, label: "Contribution", max: 2000)
        try check.orThrow()
        if id == nil { position = try await PlanChoices.nextPosition(PlanDevelopment.self, plan: plan.requireID(), on: db) }
        self.starts = starts!
        self.development = development!
        inResponseTo = driver!
        self.outcome = outcome!
        self.contribution = contribution ?? ""
    }

    static func formFields(for record: PlanDevelopment?, input: DevelopmentInput?, plan: BusinessPlan, council: Council, on db: Database) async throws -> [FormField] {
        [FormField(name: "starts", label: "Start", control: .text(max: 20), value: input?.starts ?? record?.starts ?? "",
                   hint: "A year like 2005/06 or a span like 2005/09", required: true),
         FormField(name: "development", label: "Development", control: .textarea(max: 2000), value: input?.development ?? record?.development ?? "", required: true),
         FormField(name: "inResponseTo", label: "In response to", control: .text(max: 500), value: input?.inResponseTo ?? record?.inResponseTo ?? "",
                   hint: "The driver: an act, an improvement plan, a review", required: true),
         FormField(name: "outcome", label: "Anticipated outcome", control: .textarea(max: 2000), value: input?.outcome ?? record?.outcome ?? "", required: true),
         FormField(name: "contribution", label: "Contribution to corporate objectives", control: .textarea(max: 2000),
                   value: input?.contribution ?? record?.contribution ?? "")]
    }
}
