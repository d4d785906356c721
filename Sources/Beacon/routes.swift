import Vapor

/// Every route Beacon serves. Each is registered with its access rule (`RoutesBuilder.route`).
func routes(_ app: Application) throws {
    HomePage.register(on: app)
    try Stylesheets.register(on: app)
    HealthController.register(on: app)
    MetricsController.register(on: app)
    SignInController.register(on: app)
    AdminPage.register(on: app)
    AuditController.register(on: app)
    APIKeyController.register(on: app)

    OrganisationRoutes.register(on: app)
    RecordRoutes<User>.register(on: app)
    RecordRoutes<StrategicPriority>.register(on: app)
    RecordRoutes<Strategy>.register(on: app)
    RecordRoutes<Indicator>.register(on: app)
    RecordRoutes<Committee>.register(on: app)
    RecordRoutes<Meeting>.register(on: app)
    RecordRoutes<Service>.register(on: app)
    IndicatorRoutes.register(on: app)
    PlanRoutes.register(on: app)
    DecisionRoutes.register(on: app)
    MeetingRoutes.register(on: app)
    ServiceCentreRoutes.register(on: app)
    PrivacyRoutes.register(on: app)
    Open311Routes.register(on: app)
    ResidentRoutes.register(on: app)
    ReportRoutes.register(on: app)
    OpenDataRoutes.register(on: app)
    Open311ApprovalPage.register(on: app)

    APIRoutes<Indicator>.register(on: app)
    OpenAPIDocument.register(on: app, shapes: APIShapes.all)
}
