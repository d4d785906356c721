import BeaconDomain
import Fluent
import Plot
import Vapor

extension PlanFormPage {
    static func showNew(_ request: Request, input: PlanInput?, problems: FormView.Problems) async throws -> Response {
        let view = try await request.councilView()
        let signedIn = try request.requireOwnCouncil(view)
        let units = try await Unit.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$closedOn == nil).sort(\.$name).all()
            .filter { AccessPolicy.decide(signedIn.actor, .editPlan(council: view.councilID, unit: $0.id!)) == .allowed }
        guard !units.isEmpty else { throw Abort(.forbidden, reason: "Only the unit's own officers and performance officers may start a plan.") }
        let year = ReportingPeriod(containing: view.today, kind: .year).startYear + 1
        let fields = [
            FormField(name: "unit", label: "Unit", control: .select([.prompt("Choose a unit")] + units.map { .init(value: $0.id!.uuidString, label: $0.name) }),
                      value: input?.unit ?? "", required: true),
            FormField(name: "year", label: "Financial year it starts", control: .number, value: input?.year ?? String(year),
                      hint: "For example \(year) for \(ReportingPeriod.year(year).yearLabel)", required: true),
        ]
        return try await page("Start a business plan", action: .planList(council: view.slug), fields: fields, problems: problems, version: nil, on: request)
    }

    static func create(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let signedIn = try request.requireOwnCouncil(view)
        let input = try request.content.decode(PlanInput.self)
        do {
            let plan = try await PlanWrite.create(input, council: view.council, by: signedIn, on: request.db)
            request.flash("The plan is started as a draft.")
            return request.redirect(to: SiteURL.planEdit(council: view.slug, .id(try plan.requireID())).path)
        } catch let failed as ValidationFailed {
            return try await showNew(request, input: input, problems: failed.problems)
        }
    }

    static func showEdit(_ request: Request, input: PlanInput?, problems: FormView.Problems) async throws -> Response {
        let (reading, _) = try await request.planForEditing()
        let plan = reading.plan
        let fields = [
            FormField(name: "horizonEnd", label: "Horizon: the plan looks ahead to", control: .number, value: input?.horizonEnd ?? String(plan.horizonEnd),
                      hint: "A year, so the horizon reads \(plan.year) to \(plan.horizonEnd)", required: true),
            FormField(name: "purpose", label: "1. Description and purpose", control: .textarea(max: 6000), value: input?.purpose ?? plan.purpose,
                      hint: "What the unit provides, one item per line", required: true),
            FormField(name: "coreActivities", label: "3. Core activities for the year", control: .textarea(max: 6000),
                      value: input?.coreActivities ?? plan.coreActivities, hint: "One activity per line", required: true),
            FormField(name: "staffing", label: "6. Staffing", control: .textarea(max: 6000), value: input?.staffing ?? plan.staffing,
                      hint: "The staffing narrative printed above the budget table; a paragraph per line"),
            FormField(name: "indicators", label: "7. Key performance indicators", control: .checkboxes(try await PlanChoices.indicators(plan.councilID, on: request.db)),
                      values: input?.indicators ?? plan.indicatorIDs.map(\.uuidString)),
        ]
        return try await page("Change the plan's text", action: .planEdit(council: reading.slug, .id(reading.planID)), fields: fields,
                    problems: problems, version: plan.version, on: request)
    }

    static func update(_ request: Request) async throws -> Response {
        let (reading, signedIn) = try await request.planForEditing()
        let input = try request.content.decode(PlanInput.self)
        do {
            try await PlanWrite.updateDetails(reading.plan, input, by: signedIn, on: request.db)
            request.flash("The plan's text is saved.")
            return request.redirect(to: SiteURL.planManage(council: reading.slug, .id(reading.planID)).path)
        } catch let failed as ValidationFailed {
            return try await showEdit(request, input: input, problems: failed.problems)
        }
    }

    /// A form page; `after` is drawn below the form (such as earlier progress updates).
    static func page(_ title: String, action: SiteURL, fields: [FormField], problems: FormView.Problems, version: Int?,
                     after: [Node<HTML.BodyContext>] = [], on request: Request) async throws -> Response {
        let context = request.layoutContext(withForm: true)
        let html = Layout.page(title: title, context: context) {
            FormView.errorSummary(problems)
            FormView.form(action: action.path, token: context.csrfToken, submit: "Save", fields: fields, problems: problems,
                          hidden: version.map { [("version", String($0))] } ?? [])
            after
        }
        return Layout.response(html, status: problems.isEmpty ? .ok : .unprocessableEntity)
    }
}
