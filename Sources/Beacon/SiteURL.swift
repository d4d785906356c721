import Foundation
import Vapor

/// A record in a URL: a real id when linking, the route parameter when registering routes.
enum RecordRef: Sendable, Equatable {
    case id(UUID)
    case parameter

    var segment: String {
        switch self {
        case .id(let id): id.uuidString.lowercased()
        case .parameter: ":id"
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
    case signIn
    case signOut
    case stylesheet
    case printStylesheet
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
    /// A council's indicators (`council` is its slug, or `:council` when registering).
    case indicatorList(council: String, format: ExportFormat)
    case indicator(council: String, RecordRef, format: ExportFormat)
    case scorecard(council: String, format: ExportFormat)
    /// The data-entry page for one period of an indicator (`period` is a `ReportingPeriod.key`).
    case indicatorPeriod(council: String, RecordRef, period: String)
    case indicatorTarget(council: String, RecordRef, period: String)
    case indicatorVerify(council: String, RecordRef, period: String)
    case indicatorImport(council: String)
    case indicatorRejudge(council: String)

    static let councilParameter = ":council"
    static let periodParameter = ":period"

    static let apiPrefix = "api/v1"

    var segments: [String] {
        switch self {
        case .home: []
        case .health: ["health"]
        case .signIn: ["sign-in"]
        case .signOut: ["sign-out"]
        case .stylesheet: ["css", "beacon.css"]
        case .printStylesheet: ["css", "print.css"]
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
        case .indicatorList(let council, let format): ["councils", council, "indicators" + format.suffix]
        case .indicator(let council, let ref, let format):
            format == .html ? ["councils", council, "indicators", ref.segment]
                : ["councils", council, "indicators", ref.segment, "values" + format.suffix]
        case .scorecard(let council, let format): ["councils", council, "scorecard" + format.suffix]
        case .indicatorPeriod(let council, let ref, let period): ["councils", council, "indicators", ref.segment, "periods", period]
        case .indicatorTarget(let council, let ref, let period): ["councils", council, "indicators", ref.segment, "periods", period, "target"]
        case .indicatorVerify(let council, let ref, let period): ["councils", council, "indicators", ref.segment, "periods", period, "verify"]
        case .indicatorImport(let council): ["councils", council, "indicator-import"]
        case .indicatorRejudge(let council): ["councils", council, "indicator-rejudge"]
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
