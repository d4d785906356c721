import BeaconDomain
import Fluent
import Plot
import Vapor

extension TargetEntryPage {
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
        let existing = try await IndicatorTarget.query(on: request.db).filter(\.$indicatorID == indicator.id!).filter(\.$period == period).first()
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
}
