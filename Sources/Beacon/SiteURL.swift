import Foundation
import Vapor

/// A record in a URL: a real id when linking, the route parameter when registering routes.
enum RecordRef: Sendable, Equatable {
    case id(UUID)
    case parameter
    /// A second record in the same path (a plan's action): `:item` when registering.
    case itemParameter

    var segment: String {
        switch self {
        case .id(let id): id.uuidString.lowercased()
        case .parameter: ":id"
        case .itemParameter: ":item"
        }
    }
}

/// The kinds of record the administration pages and the JSON API manage.
enum Resource: String, CaseIterable, Sendable {
    case councils
    case partnerships
    case delegations
    case committeeMembers = "joint-committee-members"
    case units
    case people
    case councillors
    case positions
    case users
    case apiKeys = "api-keys"
    case priorities
    case strategies
    case committees
    case meetings
    case services
    case indicators
    case indicatorValues = "indicator-values"
}

/// How a list is sent: a page, or a download for open data.
enum ExportFormat: String, CaseIterable, Sendable {
    case html
    case csv
    case json
}

/// Every address Beacon serves or links to. No other file writes a URL string.
enum SiteURL: Sendable, Equatable {
    case home
    case health
    /// Prometheus's scrape address (`MetricsController`).
    case metrics
    case signIn
    case signOut
    case stylesheet
    case printStylesheet
    /// The business plan document's styles, for screen and print.
    case planStylesheet
    case admin
    case audit
    case list(Resource)
    case new(Resource)
    case edit(Resource, RecordRef)
    case record(Resource, RecordRef)
    case close(Resource, RecordRef)
    case apiList(Resource)
    case apiRecord(Resource, RecordRef)
    case openAPI
    /// Raising a service request by API (JSON, with an API key).
    case apiServiceRequests
    /// A council's indicators (`council` is its slug, or `:council` when registering).
    case indicatorList(council: String, format: ExportFormat)
    case indicator(council: String, RecordRef, format: ExportFormat)
    case scorecard(council: String, format: ExportFormat)
    /// A partnership's councils' shared indicators side by side, read from one partner's pages.
    case partnershipScorecard(council: String, RecordRef)
    /// The data-entry page for one period of an indicator (`period` is a `ReportingPeriod.key`).
    case indicatorPeriod(council: String, RecordRef, period: String)
    case indicatorTarget(council: String, RecordRef, period: String)
    case indicatorVerify(council: String, RecordRef, period: String)
    case indicatorImport(council: String)
    case indicatorRejudge(council: String)
    /// A council's business plans, and one plan as its document (working copy or published).
    case planList(council: String)
    /// Open data: the plans list, and one plan's actions, as CSV or JSON.
    case planListData(council: String, format: ExportFormat)
    case planActionData(council: String, RecordRef, format: ExportFormat)
    case planNew(council: String)
    case plan(council: String, RecordRef)
    case planDownload(council: String, RecordRef)
    case planManage(council: String, RecordRef)
    case planEdit(council: String, RecordRef)
    case planStep(council: String, RecordRef, step: String)
    case planNextYear(council: String, RecordRef)
    case planRevision(council: String, RecordRef, revision: String)
    case planCompare(council: String, RecordRef)
    case planBudget(council: String, RecordRef)
    /// The rows of one section of a plan (`part` is a `PlanPartKind`).
    case planPartNew(council: String, RecordRef, part: String)
    case planParts(council: String, RecordRef, part: String)
    case planPart(council: String, RecordRef, part: String, RecordRef)
    case planPartDelete(council: String, RecordRef, part: String, RecordRef)
    case actionProgress(council: String, RecordRef, RecordRef)
    case riskReview(council: String, RecordRef, RecordRef)
    case consultationOutcome(council: String, RecordRef, RecordRef)
    /// Everything that serves one strategic priority, across units: the golden thread.
    case goldenThread(council: String, RecordRef)
    case strategy(council: String, RecordRef)
    /// A council's decisions register (drafts too, for democratic services), and its Atom feed.
    case decisionList(council: String)
    case decisionFeed(council: String)
    case decisionNew(council: String)
    /// One decision notice: the notice, and once decided the record of the decision.
    case decision(council: String, RecordRef)
    case decisionEdit(council: String, RecordRef)
    case decisionManage(council: String, RecordRef)
    /// A step of the notice's workflow (`step` is a `NoticeStep`).
    case decisionStep(council: String, RecordRef, step: String)
    /// A representation, a referral request or a call-in request (`kind` is a `NoticeResponseKind`).
    case decisionResponse(council: String, RecordRef, kind: String)
    case decisionAppendices(council: String, RecordRef)
    case decisionAppendix(council: String, RecordRef, RecordRef)
    /// The key decisions to be taken, with the notice each was given.
    case forwardPlan(council: String)
    /// The meetings calendar (page and iCalendar feed), each meeting, and democratic services' work on it.
    case meetingList(council: String)
    case meetingCalendar(council: String)
    case meeting(council: String, RecordRef)
    case meetingManage(council: String, RecordRef)
    /// Adding to a meeting (`kind` is a `MeetingWorkKind`), or to one of its items. Items are
    /// under `agenda/`, not `items/`: a constant segment where `:kind` could be `items` would
    /// hide the parameter from Vapor's router, which does not backtrack.
    case meetingWork(council: String, RecordRef, kind: String)
    case meetingItemWork(council: String, RecordRef, RecordRef, kind: String)
    case meetingItem(council: String, RecordRef, RecordRef)
    case meetingDocument(council: String, RecordRef, RecordRef, document: String)
    /// A councillor's public page: positions held and interests declared.
    case councillor(council: String, RecordRef)
    case councillorList(council: String)
    /// The service centre: its dashboard of measures, contacts, the agent's form and imports.
    case serviceCentre(council: String)
    case contactList(council: String)
    case contactNew(council: String)
    case contactImports(council: String)
    case contactImport(council: String, RecordRef)
    case indicatorFeeds(council: String)
    /// Service requests: the department queue (and where the form posts), the form, one request, its updates.
    case requestList(council: String)
    case requestNew(council: String)
    case serviceRequest(council: String, RecordRef)
    case requestUpdates(council: String, RecordRef)
    /// Complaints: those waiting (and where the log form posts), one complaint, a step of it, the annual report.
    case complaintList(council: String)
    case complaint(council: String, RecordRef)
    case complaintStep(council: String, RecordRef, step: String)
    case complaintReport(council: String)
    /// Erlang C staffing and the half-hourly forecast.
    case staffing(council: String)
    /// The measures by day, week, month, quarter or year, split by channel, queue or service.
    case measures(council: String)
    case indicatorFeedRemove(council: String, RecordRef)
    /// Privacy: the data protection officer's page, a person's search, export and erasure,
    /// the access log and the retention schedule (`privacySegments`).
    case privacy(council: String)
    case privacySearch(council: String)
    case privacyExport(council: String)
    case privacyErasures(council: String)
    case accessLog(council: String)
    case retention(council: String)
    /// Open311 GeoReport v2 (`open311Segments`): `format` is `json` or `xml`; a service's code and
    /// a request's reference carry their suffix (`BULKY_WASTE.xml`).
    /// Residents: report a problem (choose a service, then its form) and follow a request.
    case report(council: String)
    case reportService(council: String, service: String)
    case track(council: String)
    case open311Discovery(format: String)
    case open311Services(format: String)
    case open311Service(code: String)
    case open311Requests(format: String)
    case open311Request(id: String)
    case open311Updates(format: String)
    case open311Token(token: String)
    /// Open311 requests waiting for staff approval, and deciding one (`approve` or `refuse`).
    case open311Approvals(council: String)
    case open311Decision(council: String, RecordRef, step: String)
    /// Progress reports (`reportSegments`): the list (issued for everyone, drafts for those who
    /// prepare them), its Atom feed, a new draft, one report, its draft's edit form, issuing,
    /// starting a correction, one of its tables as CSV (`table` is `3.csv`) and its PDF.
    case reportList(council: String)
    case reportFeed(council: String)
    case reportNew(council: String)
    case progressReport(council: String, RecordRef)
    case reportEdit(council: String, RecordRef)
    case reportIssue(council: String, RecordRef)
    case reportCorrect(council: String, RecordRef)
    case reportTable(council: String, RecordRef, table: String)
    case reportPDF(council: String, RecordRef)
    /// Open data: the council's data catalogue (page and DCAT-AP JSON-LD) and one dataset
    /// (`name` is an `OpenDataset`) as CSV or JSON.
    case dataCatalogue(council: String)
    case dataCatalogueJSONLD(council: String)
    case dataset(council: String, name: String, format: ExportFormat)

    static let councilParameter = ":council"
    static let periodParameter = ":period"
    static let stepParameter = ":step"
    static let revisionParameter = ":revision"
    static let kindParameter = ":kind"
    static let documentParameter = ":document"
    static let tableParameter = ":table"
    static let datasetParameter = ":dataset"

    static let apiPrefix = "api/v1"

    var segments: [String] {
        switch self {
        case .home: []
        case .health: ["health"]
        case .metrics: ["metrics"]
        case .signIn: ["sign-in"]
        case .signOut: ["sign-out"]
        case .stylesheet: ["css", "beacon.css"]
        case .printStylesheet: ["css", "print.css"]
        case .planStylesheet: ["css", "plan.css"]
        case .admin: ["admin"]
        case .audit: ["admin", "audit"]
        case .list(let resource): ["admin", resource.rawValue]
        case .new(let resource): ["admin", resource.rawValue, "new"]
        case .record(let resource, let ref): ["admin", resource.rawValue, ref.segment]
        case .edit(let resource, let ref): ["admin", resource.rawValue, ref.segment, "edit"]
        case .close(let resource, let ref): ["admin", resource.rawValue, ref.segment, "close"]
        case .apiList(let resource): ["api", "v1", resource.rawValue]
        case .apiRecord(let resource, let ref): ["api", "v1", resource.rawValue, ref.segment]
        case .openAPI: ["api", "v1", "openapi.json"]
        case .apiServiceRequests: ["api", "v1", "service-requests"]
        case .indicatorList(let council, let format): ["councils", council, "indicators" + format.suffix]
        case .indicator(let council, let ref, let format):
            format == .html ? ["councils", council, "indicators", ref.segment]
                : ["councils", council, "indicators", ref.segment, "values" + format.suffix]
        case .scorecard(let council, let format): ["councils", council, "scorecard" + format.suffix]
        case .partnershipScorecard(let council, let ref): ["councils", council, "partnerships", ref.segment,
            "scorecard"]
        case .indicatorPeriod(let council, let ref, let period): ["councils", council, "indicators", ref.segment, "periods", period]
        case .indicatorTarget(let council, let ref, let period): ["councils", council, "indicators", ref.segment, "periods", period, "target"]
        case .indicatorVerify(let council, let ref, let period): ["councils", council, "indicators", ref.segment, "periods", period, "verify"]
        case .indicatorImport(let council): ["councils", council, "indicator-import"]
        case .indicatorRejudge(let council): ["councils", council, "indicator-rejudge"]
        default: planSegments
        }
    }

    private var planSegments: [String] {
        switch self {
        case .planList(let council): ["councils", council, "plans"]
        case .planListData(let council, let format): ["councils", council, "plans" + format.suffix]
        case .planActionData(let council, let ref, let format): ["councils", council, "plans", ref.segment, "actions" + format.suffix]
        case .planNew(let council): ["councils", council, "plans", "new"]
        case .plan(let council, let ref): ["councils", council, "plans", ref.segment]
        case .planDownload(let council, let ref): ["councils", council, "plans", ref.segment, "document.html"]
        case .planManage(let council, let ref): ["councils", council, "plans", ref.segment, "manage"]
        case .planEdit(let council, let ref): ["councils", council, "plans", ref.segment, "edit"]
        case .planStep(let council, let ref, let step): ["councils", council, "plans", ref.segment, "steps", step]
        case .planNextYear(let council, let ref): ["councils", council, "plans", ref.segment, "next-year"]
        case .planRevision(let council, let ref, let revision): ["councils", council, "plans", ref.segment, "revisions", revision]
        case .planCompare(let council, let ref): ["councils", council, "plans", ref.segment, "compare"]
        case .planBudget(let council, let ref): ["councils", council, "plans", ref.segment, "budget"]
        case .planPartNew(let council, let ref, let part): ["councils", council, "plans", ref.segment, part, "new"]
        case .planParts(let council, let ref, let part): ["councils", council, "plans", ref.segment, part]
        case .planPart(let council, let ref, let part, let item): ["councils", council, "plans", ref.segment, part, item.segment]
        case .planPartDelete(let council, let ref, let part, let item): ["councils", council, "plans", ref.segment, part, item.segment, "delete"]
        case .actionProgress(let council, let ref, let item): ["councils", council, "plans", ref.segment, "actions", item.segment, "progress"]
        case .riskReview(let council, let ref, let item): ["councils", council, "plans", ref.segment, "risks", item.segment, "review"]
        case .consultationOutcome(let council, let ref, let item): ["councils", council, "plans", ref.segment, "consultations", item.segment, "outcome"]
        case .goldenThread(let council, let ref): ["councils", council, "priorities", ref.segment]
        case .strategy(let council, let ref): ["councils", council, "strategies", ref.segment]
        default: decisionSegments
        }
    }

    private var decisionSegments: [String] {
        switch self {
        case .decisionList(let council): ["councils", council, "decisions"]
        case .decisionFeed(let council): ["councils", council, "decisions.atom"]
        case .decisionNew(let council): ["councils", council, "decisions", "new"]
        case .decision(let council, let ref): ["councils", council, "decisions", ref.segment]
        case .decisionEdit(let council, let ref): ["councils", council, "decisions", ref.segment, "edit"]
        case .decisionManage(let council, let ref): ["councils", council, "decisions", ref.segment, "manage"]
        case .decisionStep(let council, let ref, let step): ["councils", council, "decisions", ref.segment, "steps", step]
        case .decisionResponse(let council, let ref, let kind): ["councils", council, "decisions", ref.segment, "responses", kind]
        case .decisionAppendices(let council, let ref): ["councils", council, "decisions", ref.segment, "appendices"]
        case .decisionAppendix(let council, let ref, let item): ["councils", council, "decisions", ref.segment, "appendices", item.segment]
        case .forwardPlan(let council): ["councils", council, "forward-plan"]
        case .meetingList(let council): ["councils", council, "meetings"]
        case .meetingCalendar(let council): ["councils", council, "meetings.ics"]
        case .meeting(let council, let ref): ["councils", council, "meetings", ref.segment]
        case .meetingManage(let council, let ref): ["councils", council, "meetings", ref.segment, "manage"]
        case .meetingWork(let council, let ref, let kind): ["councils", council, "meetings", ref.segment, kind]
        case .meetingItemWork(let council, let ref, let item, let kind): ["councils", council, "meetings", ref.segment, "agenda", item.segment, kind]
        case .meetingItem(let council, let ref, let item): ["councils", council, "meetings", ref.segment, "agenda", item.segment]
        case .meetingDocument(let council, let ref, let item, let document):
            ["councils", council, "meetings", ref.segment, "agenda", item.segment, "documents", document]
        case .councillor(let council, let ref): ["councils", council, "councillors", ref.segment]
        case .councillorList(let council): ["councils", council, "councillors"]
        default: serviceCentreSegments
        }
    }

    private var serviceCentreSegments: [String] {
        switch self {
        case .serviceCentre(let council): ["councils", council, "service-centre"]
        case .contactList(let council): ["councils", council, "service-centre", "contacts"]
        case .contactNew(let council): ["councils", council, "service-centre", "contacts", "new"]
        case .contactImports(let council): ["councils", council, "service-centre", "imports"]
        case .contactImport(let council, let ref): ["councils", council, "service-centre", "imports", ref.segment]
        case .indicatorFeeds(let council): ["councils", council, "service-centre", "feeds"]
        case .requestList(let council): ["councils", council, "service-centre", "requests"]
        case .requestNew(let council): ["councils", council, "service-centre", "requests", "new"]
        case .serviceRequest(let council, let ref): ["councils", council, "service-centre", "requests", ref.segment]
        case .requestUpdates(let council, let ref): ["councils", council, "service-centre", "requests", ref.segment, "updates"]
        case .complaintList(let council): ["councils", council, "service-centre", "complaints"]
        case .complaint(let council, let ref): ["councils", council, "service-centre", "complaints", ref.segment]
        case .complaintStep(let council, let ref, let step): ["councils", council, "service-centre", "complaints", ref.segment, "steps", step]
        case .complaintReport(let council): ["councils", council, "service-centre", "complaints-report"]
        case .staffing(let council): ["councils", council, "service-centre", "staffing"]
        case .measures(let council): ["councils", council, "service-centre", "measures"]
        case .indicatorFeedRemove(let council, let ref): ["councils", council, "service-centre", "feeds", ref.segment, "remove"]
        default: privacySegments
        }
    }

    /// The path to link to, such as `/admin/units/…/edit`.
    var path: String { "/" + segments.joined(separator: "/") }

    /// The path as Vapor routes it, with `:id` as a parameter.
    var pathComponents: [PathComponent] { segments.map { PathComponent(stringLiteral: $0) } }

    /// The path with a query string, for lists with filters and pages.
    func path(query: [(String, String)]) -> String {
        var parts = URLComponents()
        parts.path = path
        let items = query.filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
        parts.queryItems = items.isEmpty ? nil : items
        return parts.string ?? path
    }
}

extension ExportFormat {
    /// `.csv` or `.json` on the end of a download's address; nothing for a page.
    var suffix: String { self == .html ? "" : "." + rawValue }
}
