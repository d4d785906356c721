import BeaconDomain
import Fluent
import Vapor

/// The indicator pages and downloads. Lists, indicator pages and scorecards are public, with
/// unverified values only for the council's staff; writes check role and unit.
enum IndicatorRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter, period = SiteURL.periodParameter
        for format in ExportFormat.allCases {
            routes.route(.GET, .indicatorList(council: council, format: format), access: .published) { try await IndicatorListPage.handle($0, format: format) }
            routes.route(.GET, .indicator(council: council, .parameter, format: format), access: .published) { try await IndicatorShowPage.handle($0, format: format) }
            routes.route(.GET, .scorecard(council: council, format: format), access: .published) { try await ScorecardPage.handle($0, format: format) }
        }
        routes.route(.GET, .partnershipScorecard(council: council, .parameter), access: .published) {
            try await PartnershipScorecardPage.handle($0)
        }
        routes.route(.GET, .indicatorPeriod(council: council, .parameter, period: period), access: .record) {
            try await ValueEntryPage.show($0, input: nil, problems: [])
        }
        routes.route(.POST, .indicatorPeriod(council: council, .parameter, period: period), access: .record) { try await ValueEntryPage.save($0) }
        routes.route(.GET, .indicatorTarget(council: council, .parameter, period: period), access: .record) {
            try await TargetEntryPage.show($0, input: nil, problems: [])
        }
        routes.route(.POST, .indicatorTarget(council: council, .parameter, period: period), access: .record) { try await TargetEntryPage.save($0) }
        let verifying = Access.action { .verifyIndicatorValues(council: $0.councilID) }
        routes.route(.POST, .indicatorVerify(council: council, .parameter, period: period), access: verifying) { try await verify($0) }
        routes.route(.POST, .indicatorRejudge(council: council), access: .action { .defineIndicators(council: $0.councilID) }) { try await rejudge($0) }
        ImportPage.register(on: routes)
    }

    static func verify(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let signedIn = try request.requireOwnCouncil(view)
        let indicator = try await request.indicator(in: view)
        let period = try request.period(of: indicator)
        let count = try await IndicatorValueWrite.verify(indicator: indicator, period: period, council: view.council, by: signedIn, on: request.db)
        request.flash("Verified \(count) value\(count == 1 ? "" : "s") of \(indicator.code) for \(period.label).")
        return request.redirect(to: SiteURL.indicator(council: view.slug, .id(indicator.id!), format: .html).path)
    }

    /// Judges every value again under the council's current tolerance; only on request, and audited.
    static func rejudge(_ request: Request) async throws -> Response {
        let view = try await request.councilView()
        let signedIn = try request.requireOwnCouncil(view)
        let changed = try await IndicatorValueWrite.rejudgeAll(council: view.council, by: signedIn, on: request.db)
        request.flash("Judged every value again under the current settings: \(changed) status\(changed == 1 ? "" : "es") changed.")
        return request.redirect(to: SiteURL.indicatorList(council: view.slug, format: .html).path)
    }
}
