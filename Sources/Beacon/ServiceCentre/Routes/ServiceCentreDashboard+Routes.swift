import BeaconDomain
import Fluent
import Plot
import SQLKit
import Vapor

extension ServiceCentreDashboard {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readServiceCentre)
        let figures = try await request.application.dashboardFigures.value(council: view.councilID, for: request) {
            try await DashboardFigures.load(council: view.council, today: view.today, on: request.db)
        }
        let id = view.councilID
        let page = ServiceCentreDashboard(view: view, figures: figures, may: (view.may(.readContacts(council: id)), view.may(.recordContacts(council: id)),
                                                                              view.may(.importContacts(council: id)), view.may(.defineIndicators(council: id)),
                                                                              view.may(.readRequests(council: id))))
        return Layout.response(page.render(in: request.layoutContext))
    }
}

extension Application {
    private struct DashboardFiguresKey: StorageKey { typealias Value = KeptReadings<DashboardFigures> }

    /// Each council's dashboard figures, kept for its data version and the minute.
    var dashboardFigures: KeptReadings<DashboardFigures> {
        get { storage[DashboardFiguresKey.self] ?? KeptReadings(enabled: false) }
        set { storage[DashboardFiguresKey.self] = newValue }
    }
}
