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
        var spans: [Span] = []
        for (label, from) in [("Today", today), ("This month", monthStart), ("This financial year, \(year.label)", year.start)] {
            let totals = try await ContactRollups.totals(council: councilID, from: from, through: today, filter: RollupFilter(channels: ContactChannel.allCases),
                                                         by: [.channel], on: sql)
            var span = Span(label: label, byChannel: Dictionary(uniqueKeysWithValues: totals.compactMap { key, tally in
                ContactChannel(rawValue: key[0]).map { ($0, tally) }
            }))
            span.resolution = try await resolution(council: council, from: from, through: today, on: db)
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

    /// Departmental resolution of the requests closed between the days. Requests are thousands,
    /// not millions, so they are counted from their own rows.
    static func resolution(council: Council, from: CalendarDate, through: CalendarDate, on db: Database) async throws -> DepartmentalResolution {
        var resolution = DepartmentalResolution()
        let closed = try await ServiceRequest.query(on: db).filter(\.$councilID == council.requireID()).filter(\.$status == RequestStatus.closed)
            .filter(\.$closedOn >= from).filter(\.$closedOn <= through).all()
        for request in closed {
            let raised = request.raisedOn
            guard let day = request.closedOn else { continue }
            resolution.add(raisedOn: raised, closedOn: day, within: request.withinStandard == true, calendar: council.workingDays)
        }
        return resolution
    }
}
