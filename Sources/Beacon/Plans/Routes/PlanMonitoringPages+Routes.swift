import BeaconDomain
import Fluent
import Plot
import Vapor

extension PlanMonitoringPages {
    static func load(_ request: Request) async throws -> (PlanReading, SignedIn) {
        let reading = try await request.planReading()
        let signedIn = try request.requireOwnCouncil(reading.view)
        try request.require(.editPlan(council: reading.view.councilID, unit: reading.plan.unitID))
        guard reading.plan.status != .superseded else { throw Abort(.conflict, reason: "This plan is superseded; record progress on the current year's plan.") }
        return (reading, signedIn)
    }

    static func showProgress(_ request: Request, input: ProgressInput?, problems: FormView.Problems) async throws -> Response {
        let (reading, _) = try await load(request)
        let action = try await PlanAction.find(in: reading, on: request)
        let today = reading.view.today
        let suggested = PlanMonitoringWrite.suggestion(action, percent: action.percent, on: today, rule: reading.view.council.progressRule)
        let fields = [
            FormField(name: "on", label: "Date", control: .date, value: input?.on ?? today.iso, required: true),
            FormField(name: "percent", label: "Percent complete", control: .number, value: input?.percent ?? String(action.percent), required: true),
            FormField(name: "status", label: "Status", control: .select(ActionStatus.choices), value: input?.status ?? (suggested ?? action.status).rawValue,
                      hint: suggested.map { "Beacon suggests “\($0.title)” from progress against time" } ?? "Give the action a start and due date for Beacon to suggest one", required: true),
            FormField(name: "overrideReason", label: "Reason for a different status", control: .textarea(max: 1000), value: input?.overrideReason ?? "",
                      hint: "Needed only when you choose a status other than the suggested one"),
            FormField(name: "commentary", label: "Commentary", control: .textarea(max: 4000), value: input?.commentary ?? "", required: true),
        ]
        let updates = try await ActionUpdate.query(on: request.db).filter(\.$actionID == action.id!).sort(\.$on, .descending).all()
        return try await PlanFormPage.page("Progress: \(action.activity.prefix(80))", action: .actionProgress(council: reading.slug, .id(reading.planID), .id(action.id!)),
                                           fields: fields, problems: problems, version: action.version, after: [history(updates)], on: request)
    }

    static func saveProgress(_ request: Request) async throws -> Response {
        try await save(request, PlanAction.self, ProgressInput.self, flash: "Progress is recorded.", show: showProgress) { record, input, reading, signedIn in
            try await PlanMonitoringWrite.recordProgress(record, input, council: reading.view.council, by: signedIn, on: request.db)
        }
    }

    static func showReview(_ request: Request, input: RiskReviewInput?, problems: FormView.Problems) async throws -> Response {
        let (reading, _) = try await load(request)
        let risk = try await PlanRisk.find(in: reading, on: request)
        let points = reading.view.council.riskScale.range.map { FormField.Choice(value: String($0), label: String($0)) }
        let fields = [
            FormField(name: "reviewedOn", label: "Review date", control: .date, value: input?.reviewedOn ?? reading.view.today.iso, required: true),
            FormField(name: "likelihood", label: "Likelihood now", control: .select(points), value: input?.likelihood ?? String(risk.likelihood), required: true),
            FormField(name: "impact", label: "Impact now", control: .select(points), value: input?.impact ?? String(risk.impact), required: true),
            FormField(name: "nextReviewOn", label: "Next review", control: .date, value: input?.nextReviewOn ?? "", required: true),
            FormField(name: "note", label: "Note", control: .textarea(max: 2000), value: input?.note ?? ""),
        ]
        return try await PlanFormPage.page("Review risk: \(risk.area.prefix(80))", action: .riskReview(council: reading.slug, .id(reading.planID), .id(risk.id!)),
                                           fields: fields, problems: problems, version: risk.version, on: request)
    }

    static func saveReview(_ request: Request) async throws -> Response {
        try await save(request, PlanRisk.self, RiskReviewInput.self, flash: "The risk's review is recorded.", show: showReview) { record, input, reading, signedIn in
            try await PlanMonitoringWrite.reviewRisk(record, input, council: reading.view.council, by: signedIn, on: request.db)
        }
    }

    static func showOutcome(_ request: Request, input: ConsultationOutcomeInput?, problems: FormView.Problems) async throws -> Response {
        let (reading, _) = try await load(request)
        let consultation = try await PlanConsultation.find(in: reading, on: request)
        let indicator = try await consultation.indicatorID.asyncMap { try await Indicator.find($0, on: request.db) } ?? nil
        var fields = [
            FormField(name: "outcome", label: "Outcome", control: .textarea(max: 2000), value: input?.outcome ?? consultation.outcome, required: true),
            FormField(name: "responses", label: "Responses received", control: .number, value: input?.responses ?? consultation.responses.map(String.init) ?? ""),
        ]
        if let indicator {
            fields.append(FormField(name: "result", label: "Result for \(indicator.code) \(indicator.title)", control: .text(max: 40), value: input?.result ?? "",
                                    hint: "Entered as its actual value for the period containing \(consultation.completionOn.long); leave empty to enter it later"))
        }
        return try await PlanFormPage.page("Outcome: \(consultation.title)", action: .consultationOutcome(council: reading.slug, .id(reading.planID), .id(consultation.id!)),
                                           fields: fields, problems: problems, version: consultation.version, on: request)
    }

    static func saveOutcome(_ request: Request) async throws -> Response {
        try await save(request, PlanConsultation.self, ConsultationOutcomeInput.self, flash: "The consultation's outcome is recorded.", show: showOutcome) { record, input, reading, signedIn in
            try await PlanMonitoringWrite.recordOutcome(record, input, council: reading.view.council, by: signedIn, on: request.db)
        }
    }

    /// Saves a monitoring form: loads the plan and its row, writes, and returns to the plan,
    /// or shows the form again with what to correct.
    static func save<M: PlanPart, Input: Content>(
        _ request: Request, _ type: M.Type, _ input: Input.Type, flash: String,
        show: (Request, Input?, FormView.Problems) async throws -> Response,
        write: (M, Input, PlanReading, SignedIn) async throws -> Void
    ) async throws -> Response {
        let (reading, signedIn) = try await load(request)
        let record = try await M.find(in: reading, on: request)
        let input = try request.content.decode(Input.self)
        do {
            try await write(record, input, reading, signedIn)
            request.flash(flash)
            return request.redirect(to: SiteURL.planManage(council: reading.slug, .id(reading.planID)).path)
        } catch let failed as ValidationFailed {
            return try await show(request, input, failed.problems)
        }
    }
}
