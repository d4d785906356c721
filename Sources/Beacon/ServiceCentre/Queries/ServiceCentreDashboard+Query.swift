import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// The figures the dashboard shows, read from the rollups: six sums, whatever the history.
struct DashboardFigures: Sendable {
    /// A period's tallies, one per channel.
    struct Span: Sendable {
        let label: String
        let byChannel: [ContactChannel: ContactTally]
        /// Service requests closed in the span (rejected ones are not counted).
        var resolution = DepartmentalResolution()

        func tally(_ channels: [ContactChannel]) -> ContactTally {
            channels.compactMap { byChannel[$0] }.reduce(ContactTally(), +)
        }
    }

    let today: CalendarDate
    let spans: [Span]
    /// Phone tallies per day of this month, per month of this financial year, per queue this month.
    let days: [(CalendarDate, ContactTally)]
    let months: [(ReportingPeriod, ContactTally)]
    let queues: [(String, ContactTally)]

    static func load(council: Council, today: CalendarDate, on db: Database) async throws -> DashboardFigures {
        guard let sql = db as? SQLDatabase else { throw Abort(.internalServerError, reason: "The measures need an SQL database.") }
        let councilID = try council.requireID()
        let monthStart = CalendarDate(year: today.year, month: today.month, day: 1)!
        let year = ReportingPeriod(containing: today, kind: .year)
        let closed = try await ClosedRequests.read(council: councilID, from: year.start, through: today, on: sql)
        var spans: [Span] = []
        for (label, from) in [("Today", today), ("This month", monthStart), ("This financial year, \(year.label)", year.start)] {
            let totals = try await ContactRollups.totals(council: councilID, from: from, through: today, filter: RollupFilter(channels: ContactChannel.allCases),
                                                         by: [.channel], on: sql)
            var span = Span(label: label, byChannel: Dictionary(uniqueKeysWithValues: totals.compactMap { key, tally in
                ContactChannel(rawValue: key[0]).map { ($0, tally) }
            }))
            span.resolution = closed.resolution(from: from, calendar: council.workingDays)
            spans.append(span)
        }
        let phone = RollupFilter(channels: [.phone])
        let byDay = try await ContactRollups.totals(council: councilID, from: monthStart, through: today, filter: phone, by: [.day], on: sql)
        let byMonth = try await ContactRollups.totals(council: councilID, from: year.start, through: today, filter: phone, by: [.month], on: sql)
        let byQueue = try await ContactRollups.totals(council: councilID, from: monthStart, through: today, filter: phone, by: [.queue], on: sql)
        let days = (0..<today.day).map { monthStart.adding(days: $0) }.map { ($0, byDay[[$0.iso]] ?? ContactTally()) }
        let months = (1...12).compactMap { ReportingPeriod(kind: .month, startYear: year.startYear, index: $0) }.filter { $0.start <= today }
            .map { ($0, byMonth[[String($0.start.iso.prefix(7))]] ?? ContactTally()) }
        let queues = byQueue.map { ($0.key[0], $0.value) }.sorted { $0.0 < $1.0 }
        return DashboardFigures(today: today, spans: spans, days: days, months: months, queues: queues)
    }
}

/// The days each request closed between two days was raised and closed, and whether within its
/// standard: read once for the financial year, and each of the dashboard's spans counted from them.
/// Requests are thousands, not millions, so they are counted from their own rows.
struct ClosedRequests {
    struct Closed {
        let raisedOn: CalendarDate
        let closedOn: CalendarDate
        let withinStandard: Bool
    }

    let requests: [Closed]

    static func read(council: UUID, from: CalendarDate, through: CalendarDate,
                     on sql: SQLDatabase) async throws -> ClosedRequests {
        let rows = try await sql.select().column("raised_on").column("closed_on").column("within_standard")
            .from(ServiceRequest.schema).where("council_id", .equal, council)
            .where("status", .equal, RequestStatus.closed.storedCode)
            .where("closed_on", .greaterThanOrEqual, from.iso).where("closed_on", .lessThanOrEqual, through.iso).all()
        return try ClosedRequests(requests: rows.map { row in
            try Closed(raisedOn: row.code("raised_on", in: ServiceRequest.self),
                       closedOn: row.code("closed_on", in: ServiceRequest.self),
                       withinStandard: row.decode(column: "within_standard", as: Bool?.self) == true)
        })
    }

    /// Departmental resolution of the requests closed on or after `from` (rejected ones are not counted).
    func resolution(from: CalendarDate, calendar: WorkingDayCalendar) -> DepartmentalResolution {
        var resolution = DepartmentalResolution()
        for request in requests where request.closedOn >= from {
            resolution.add(raisedOn: request.raisedOn, closedOn: request.closedOn, within: request.withinStandard,
                           calendar: calendar)
        }
        return resolution
    }
}
