import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// Sets up Beacon: database, migrations, sessions, middleware and routes; migrates the
/// database and, on the first run, loads the demo data.
///
/// Settings come from the environment (all documented in the README):
/// `DATABASE_URL` (PostgreSQL; SQLite when absent), `BEACON_DATABASE_FILE`, `BEACON_DEMO`,
/// `BEACON_SECURE_COOKIES`, `BEACON_BCRYPT_COST`, `BEACON_DEMO_CONTACTS_PER_DAY`, `BEACON_DEMO_HISTORY`,
/// `BEACON_NOW`, `BEACON_PAGE_CACHE`, `BEACON_METRICS_TOKEN`; `BEACON_LOG_FORMAT` (`BeaconLogging`).
public func configure(_ app: Application) async throws {
    try useDatabase(app)
    try await configureOnChosenDatabase(app)
}

/// As `configure(_:)`, on the database the caller has already chosen with `app.databases.use`:
/// the tests give each test its own copy of a template database.
func configureOnChosenDatabase(_ app: Application) async throws {
    app.clock = try BeaconClock.chosen(for: app.environment)
    app.migrations.add(CreateOrganisation())
    app.migrations.add(CreateAccessTables())
    app.migrations.add(CreateStrategicPriorities())
    app.migrations.add(CreateIndicators())
    app.migrations.add(CreatePlans())
    app.migrations.add(CreateDecisions())
    app.migrations.add(CreateMeetings())
    app.migrations.add(CreateServiceCentre())
    app.migrations.add(CreateServiceRequests())
    app.migrations.add(CreateComplaints())
    app.migrations.add(CreateMonthRollups())
    app.migrations.add(KeyContactsBySource())
    app.migrations.add(CreateSessions())
    app.migrations.add(AddImportHeartbeat())
    app.migrations.add(AddIndicatorSuppliers())
    app.migrations.add(RecordFeedSuppliers())
    app.migrations.add(CreateDataVersions())
    app.migrations.add(CreatePrivacyTables())
    app.migrations.add(CreateOutbox())
    app.migrations.add(AddOpen311Limit())
    app.migrations.add(CreateReports())
    app.migrations.add(AddDataLicence())
    app.asyncCommands.use(ImportCommands(), as: "import")
    app.asyncCommands.use(HolidayCommands(), as: "holidays")
    app.asyncCommands.use(BenchCommands(), as: "bench")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(RetentionCommands(), as: "retention")
    if SchedulerLifecycle.wanted(app) { app.lifecycle.use(SchedulerLifecycle()) }

    app.sessions.use { _ in BeaconSessions() }
    let secure = CookiePolicy.secure
    app.sessions.configuration = .init(cookieName: "beacon-session") { id in
        // The session row expires on its own; the browser keeps the cookie until it closes.
        HTTPCookies.Value(string: id.string, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
    app.routes.defaultMaxBodySize = "1mb"

    app.middleware = Middlewares()
    app.middleware.use(RequestRecording())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(VisitorTokenMiddleware())
    app.middleware.use(BeaconErrorMiddleware(environment: app.environment))
    app.middleware.use(ActorMiddleware())
    // BEACON_PAGE_CACHE=0 draws every page afresh: what the page benchmark measures drawing with.
    let keptPages = Environment.get("BEACON_PAGE_CACHE") == "0" ? 0 : 500
    app.middleware.use(PublicPageCaching(pages: RenderedPages(limit: keptPages)))
    app.dashboardFigures = KeptReadings(enabled: keptPages > 0)
    app.open311Limiter = Open311Limiter()
    app.metricsToken = Environment.get("BEACON_METRICS_TOKEN")

    try routes(app)
    try await app.autoMigrate()
    try await BankHolidayFile.loadLatest(on: app.db)
    if Environment.get("BEACON_DEMO") != "0", try await Council.query(on: app.db).count() == 0 {
        // The tests load the demo many times over, with a few contacts a day instead of a council's thousand.
        let perDay = Environment.get("BEACON_DEMO_CONTACTS_PER_DAY").flatMap(Double.init) ?? (app.environment == .testing ? 4 : 1_100)
        try await BeaconClock.$current.withValue(app.clock) {
            let history: DemoHistory = Environment.get("BEACON_DEMO_HISTORY") == "large" ? .large : .demo
            try await DemoData.load(on: app.db, contactsPerWeekday: perDay, history: history)
        }
        app.logger.notice("Loaded the demo data.")
    }
    if try await User.query(on: app.db).filter(\.$email == DemoData.administratorEmail).count() > 0 {
        app.logger.notice("Demo sign-in: \(DemoData.administratorEmail) with the password \(DemoData.password) (other demo users are in the README)")
    }
}

private func useDatabase(_ app: Application) throws {
    if let url = Environment.get("DATABASE_URL"), !url.isEmpty {
        try app.databases.use(.postgres(url: url), as: .psql)
    } else {
        try useSQLiteFile(app, path: Environment.get("BEACON_DATABASE_FILE") ?? "beacon.sqlite")
    }
}

/// Makes the SQLite file Beacon's database, readying it first (created if absent).
func useSQLiteFile(_ app: Application, path: String) throws {
    try SQLiteFile.readyStore(path: path)
    app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
}
