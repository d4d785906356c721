import BeaconDomain
import Fluent
import Plot
import Vapor

extension ValueEntryPage {
    /// Loads the indicator and period from the path and checks the reader may enter values.
    static func load(_ request: Request) async throws -> (CouncilView, Indicator, ReportingPeriod, SignedIn) {
        let loaded = try await request.indicatorPeriodForEntry()
        let indicator = loaded.indicator
        guard indicator.dataSource != .calculated else {
            throw Abort(.conflict, reason: "\(indicator.code) is calculated from other indicators; enter their values instead.")
        }
        return (loaded.view, indicator, loaded.period, loaded.signedIn)
    }

    static func show(_ request: Request, input: ValueInput?, problems: FormView.Problems) async throws -> Response {
        let (view, indicator, period, _) = try await load(request)
        let kindText = input?.kind ?? (try? request.query.get(String.self, at: "kind")) ?? ValueKind.actual.rawValue
        guard let kind = ValueKind(rawValue: kindText) else { throw Abort(.badRequest, reason: "Choose actual, estimate or projection.") }
        guard let history = try await view.results.histories([indicator], on: request.db)[indicator.id!] else { throw Abort(.notFound) }
        let existing = try await IndicatorValue.query(on: request.db).filter(\.$indicatorID == indicator.id!)
            .filter(\.$period == period).filter(\.$kind == kind).first()
        let page = ValueEntryPage(view: view, history: history, period: period, kind: kind, existing: existing, input: input, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func save(_ request: Request) async throws -> Response {
        let (view, indicator, period, signedIn) = try await load(request)
        let input = try request.content.decode(ValueInput.self)
        do {
            _ = try await IndicatorWrite.enterValue(input, indicator: indicator, period: period, council: view.council, by: signedIn, on: request.db)
            request.flash("The \(input.kind ?? "actual") for \(indicator.code), \(period.label) is saved.")
            return request.redirect(to: SiteURL.indicator(council: view.slug, .id(indicator.id!), format: .html).path)
        } catch let failed as ValidationFailed {
            return try await show(request, input: input, problems: failed.problems)
        }
    }
}
