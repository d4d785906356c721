import BeaconDomain
import Fluent
import Plot
import SQLKit
import Vapor

extension ServiceCentreDashboard {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readServiceCentre)
        let figures = try await DashboardFigures.load(council: view.council, today: view.today, on: request.db)
        let id = view.councilID
        let page = ServiceCentreDashboard(view: view, figures: figures, may: (view.may(.readContacts(council: id)), view.may(.recordContacts(council: id)),
                                                                              view.may(.importContacts(council: id)), view.may(.defineIndicators(council: id)),
                                                                              view.may(.readRequests(council: id))))
        return Layout.response(page.render(in: request.layoutContext))
    }
}
