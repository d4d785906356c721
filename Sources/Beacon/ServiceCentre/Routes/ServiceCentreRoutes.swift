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
        routes.route(.GET, .requestList(council: council), access: .record) { try await RequestQueuePage.handle($0) }
        routes.route(.GET, .requestNew(council: council), access: .record) { try await RequestFormPage.show($0) }
        routes.route(.POST, .requestList(council: council), access: .record) { try await RequestFormPage.save($0) }
        routes.route(.GET, .serviceRequest(council: council, .parameter), access: .record) { try await RequestShowPage.handle($0) }
        routes.route(.POST, .requestUpdates(council: council, .parameter), access: .record) { try await RequestShowPage.update($0) }
        routes.route(.GET, .complaintList(council: council), access: .record) { try await ComplaintListPage.handle($0) }
        routes.route(.POST, .complaintList(council: council), access: .record) { try await ComplaintListPage.log($0) }
        routes.route(.GET, .complaint(council: council, .parameter), access: .record) { try await ComplaintShowPage.handle($0) }
        routes.route(.POST, .complaintStep(council: council, .parameter, step: SiteURL.stepParameter), access: .record) { try await ComplaintShowPage.step($0) }
        routes.route(.GET, .complaintReport(council: council), access: .record) { try await ComplaintReportPage.handle($0) }
        routes.route(.GET, .indicatorFeeds(council: council), access: .record) { try await IndicatorFeedsPage.handle($0) }
        routes.route(.GET, .staffing(council: council), access: .record) { try await StaffingPage.handle($0) }
        routes.route(.GET, .measures(council: council), access: .record) { try await MeasuresPage.handle($0) }
        routes.route(.POST, .apiServiceRequests, access: .action { .raiseRequests(council: $0.councilID) }) { try await raiseByAPI($0) }
        routes.route(.POST, .indicatorFeeds(council: council), access: .record) { try await IndicatorFeedsPage.bind($0) }
        routes.route(.POST, .indicatorFeedRemove(council: council, .parameter), access: .record) { try await IndicatorFeedsPage.unbind($0) }
    }

    /// The receipt the API gives for a raised request.
    struct Receipt: Content {
        let id: UUID
        let reference: String
        let status: String
        let dueOn: String
    }

    private static func raiseByAPI(_ request: Request) async throws -> Response {
        let signedIn = try request.requireSignedIn()
        guard let council = try await Council.find(signedIn.actor.councilID, on: request.db) else { throw Abort(.notFound, reason: "The key's council is gone.") }
        let input = try request.jsonBody(RequestInput.self, noun: "service request")
        let raised = try await RequestWrite.raise(input, council: council, via: "API", by: signedIn, on: request.db)
        let receipt = Receipt(id: try raised.requireID(), reference: raised.reference, status: raised.status.rawValue, dueOn: raised.dueOn.iso)
        return try await receipt.encodeResponse(status: .created, for: request)
    }
}
