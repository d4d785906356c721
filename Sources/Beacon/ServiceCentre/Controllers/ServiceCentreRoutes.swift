import BeaconDomain
import Vapor

/// The service centre's pages, all for the council's own staff and members: the dashboard,
/// contacts and the agent's form, and call-record imports.
enum ServiceCentreRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        routes.route(.GET, .serviceCentre(council: council), access: .record) { try await ServiceCentreDashboard.handle($0) }
        routes.route(.GET, .contactList(council: council), access: .record) { try await ContactListPage.handle($0) }
        routes.route(.GET, .contactNew(council: council), access: .record) { try await ContactFormPage.show($0) }
        routes.route(.POST, .contactList(council: council), access: .record) { try await ContactFormPage.save($0) }
        routes.route(.GET, .contactImports(council: council), access: .record) { try await ContactImportPage.handle($0) }
        routes.upload(.contactImports(council: council), access: .record) { try await ContactImportPage.upload($0, $1) }
        routes.route(.GET, .contactImport(council: council, .parameter), access: .record) { try await ContactImportRunPage.handle($0) }
        routes.route(.GET, .indicatorFeeds(council: council), access: .record) { try await IndicatorFeedsPage.handle($0) }
        routes.route(.POST, .indicatorFeeds(council: council), access: .record) { try await IndicatorFeedsPage.bind($0) }
        routes.route(.POST, .indicatorFeedRemove(council: council, .parameter), access: .record) { try await IndicatorFeedsPage.unbind($0) }
    }
}
