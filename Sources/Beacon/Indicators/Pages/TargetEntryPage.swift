import BeaconDomain
import Fluent
import Plot
import Vapor

/// Sets an indicator's target for one period, with an optional tolerance of its own.
struct TargetEntryPage {
    let view: CouncilView
    let indicator: Indicator
    let period: ReportingPeriod
    let existing: IndicatorTarget?
    let input: TargetInput?
    let problems: FormView.Problems

    static func load(_ request: Request) async throws -> (CouncilView, Indicator, ReportingPeriod, SignedIn) {
        let loaded = try await request.indicatorPeriodForEntry()
        try request.require(.setTargets(council: loaded.view.councilID))
        let indicator = loaded.indicator
        guard indicator.polarity != .dataOnly, indicator.unit != .text else {
            throw Abort(.conflict, reason: "\(indicator.code) is not judged against a target.")
        }
        return (loaded.view, indicator, loaded.period, loaded.signedIn)
    }

    static func show(_ request: Request, input: TargetInput?, problems: FormView.Problems) async throws -> Response {
        let (view, indicator, period, _) = try await load(request)
        let existing = try await IndicatorTarget.query(on: request.db).filter(\.$indicatorID == indicator.id!).filter(\.$periodKey == period.key).first()
        let page = TargetEntryPage(view: view, indicator: indicator, period: period, existing: existing, input: input, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func save(_ request: Request) async throws -> Response {
        let (view, indicator, period, signedIn) = try await load(request)
        let input = try request.content.decode(TargetInput.self)
        do {
            let saved = try await IndicatorWrite.setTarget(input, indicator: indicator, period: period, council: view.council, by: signedIn, on: request.db)
            request.flash(saved == nil ? "The target for \(period.label) is removed." : "The target for \(indicator.code), \(period.label) is saved.")
            return request.redirect(to: SiteURL.indicator(council: view.slug, .id(indicator.id!), format: .html).path)
        } catch let failed as ValidationFailed {
            return try await show(request, input: input, problems: failed.problems)
        }
    }

    func render(in context: LayoutContext) -> HTML {
        let hint = indicator.polarity == .band ? "Two values joined by “to”, for example 40 to 60" : "In \(indicator.unit.title.lowercased()); \(indicator.polarity.title.lowercased())"
        let fields = [
            FormField(name: "target", label: "Target", control: .text(max: 40),
                      value: input?.target ?? existing?.target(unit: indicator.unit).map { TargetReading.text($0, unit: indicator.unit) } ?? "",
                      hint: hint + ". Leave empty to remove the target.", required: existing == nil),
            FormField(name: "tolerance", label: "Tolerance", control: .text(max: 20), value: input?.tolerance ?? existing?.tolerance ?? "",
                      hint: "A percentage of the target like 5%, or an amount like 2.5. Empty uses the council's \(view.council.tolerancePercent)%."),
        ]
        return Layout.page(title: "Target for \(indicator.code), \(period.label)", context: context) {
            Node<HTML.BodyContext>.p(.text(indicator.title))
            FormView.errorSummary(problems)
            FormView.form(action: SiteURL.indicatorTarget(council: view.slug, .id(indicator.id!), period: period.key).path,
                          token: context.csrfToken, submit: "Save target", fields: fields, problems: problems,
                          hidden: existing.map { [("version", String($0.version))] } ?? [])
        }
    }
}
