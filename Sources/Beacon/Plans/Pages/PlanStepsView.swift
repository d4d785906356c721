import BeaconDomain
import Fluent
import Plot
import Vapor

/// The lifecycle buttons a reader may press on a plan, and their handler.
struct PlanStepsView {
    let reading: PlanReading
    let token: String

    struct StepInput: Content {
        var version: Int?
        var decision: String?
        var approvedOn: String?
    }

    var slug: String { reading.slug }
    var ref: RecordRef { .id(reading.planID) }

    func may(_ step: PlanStep) -> Bool {
        PlanLifecycle.next(from: reading.plan.status, by: step) != nil
            && reading.view.may(.movePlan(council: reading.view.councilID, unit: reading.plan.unitID, step: step))
    }

    func node() -> Node<HTML.BodyContext> {
        let steps = PlanStep.allCases.filter(may)
        let mayCarry = reading.mayEdit && reading.plan.status != .draft
        return .div(.class("plan-steps"),
                    .h2(.text("Lifecycle")),
                    .p(.text("A plan moves draft → submitted → approved → published, and is superseded when next year's plan is published.")),
                    .if(steps.isEmpty && !mayCarry, .p(.text("There is nothing you can do to this plan's status now."))),
                    .forEach(steps) { step in form(step) },
                    .if(reading.plan.revision > 1 || reading.plan.status != .draft,
                        .p(.a(.href(SiteURL.planCompare(council: slug, ref).path), .text("Compare revisions")))),
                    .if(mayCarry, .form(.method(.post), .action(SiteURL.planNextYear(council: slug, ref).path), FormView.tokenField(token),
                                        .button(.type(.submit), .class("button button-secondary"), .text("Start next year's plan from this one")))))
    }

    private func form(_ step: PlanStep) -> Node<HTML.BodyContext> {
        let fields = step == .approve ? [
            FormField(name: "decision", label: "The decision that approved it", control: .text(max: 200), hint: "For example Cabinet member decision CM/2025/14", required: true),
            FormField(name: "approvedOn", label: "Date of the decision", control: .date, required: true),
        ] : []
        return FormView.form(action: SiteURL.planStep(council: slug, ref, step: step.rawValue).path, token: token, submit: step.title,
                             fields: fields, problems: [], hidden: [("version", String(reading.plan.version))])
    }
}
