import BeaconDomain
import Fluent
import Vapor

/// The filters an administrator can apply to the audit trail.
struct AuditFilter: Content {
    var recordType: String?
    var change: String?
    var actor: String?
    var recordID: String?
    var from: String?
    var to: String?

    var query: [(String, String)] {
        [("recordType", recordType ?? ""), ("change", change ?? ""), ("actor", actor ?? ""),
         ("recordID", recordID ?? ""), ("from", from ?? ""), ("to", to ?? "")]
    }
}

/// Administrators browse and filter their council's audit trail. Read-only: no route
/// changes or removes an entry.
enum AuditController {
    static func register(on routes: RoutesBuilder) {
        routes.route(.GET, .audit, access: .administer) { try await list($0) }
    }

    static func list(_ request: Request) async throws -> Response {
        let actor = try request.requireSignedIn().actor
        let filter = try request.query.decode(AuditFilter.self)
        var check = FormCheck()
        let from = check.optionalDate("from", filter.from, label: "From")
        let to = check.optionalDate("to", filter.to, label: "To")
        let recordID = check.optionalID("recordID", filter.recordID, label: "Record id")
        try check.orThrow()
        var query = AuditEntry.query(on: request.db).filter(\.$councilID == actor.councilID)
        if let type = filter.recordType, !type.isEmpty { query = query.filter(\.$recordType == type) }
        if let change = filter.change, !change.isEmpty { query = query.filter(\.$change == change) }
        if let who = filter.actor, !who.isEmpty { query = query.filter(\.$actorLabel == (who.contains("@") ? who.lowercased() : who)) }
        if let recordID { query = query.filter(\.$recordID == recordID) }
        if let from { query = query.filter(\.$at >= from.startOfDay) }
        if let to { query = query.filter(\.$at < to.startOfNextDay) }
        let page = try await query.sort(\.$at, .descending).paginate(try request.pageRequest())
        let view = AuditListPage(entries: page.items, page: page.metadata, filter: filter)
        return Layout.response(view.render(in: request.layoutContext))
    }
}

extension CalendarDate {
    /// Midnight at the start of the day in UK time.
    var startOfDay: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .london
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    var startOfNextDay: Date { startOfDay.addingTimeInterval(36 * 3600).startOfLondonDay }
}

extension Date {
    var startOfLondonDay: Date { CalendarDate(self, in: .london).startOfDay }
}
