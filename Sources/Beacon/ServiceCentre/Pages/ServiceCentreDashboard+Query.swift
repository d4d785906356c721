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

    static func load(council: UUID, today: CalendarDate, on sql: SQLDatabase) async throws -> DashboardFigures {
        let monthStart = CalendarDate(year: today.year, month: today.month, day: 1)!
        let year = ReportingPeriod(containing: today, kind: .year)
        var spans: [Span] = []
        for (label, from) in [("Today", today), ("This month", monthStart), ("This financial year, \(year.label)", year.start)] {
            let totals = try await ContactRollups.totals(council: council, from: from, through: today, filter: RollupFilter(channels: ContactChannel.allCases),
                                                         by: [.channel], on: sql)
            spans.append(Span(label: label, byChannel: Dictionary(uniqueKeysWithValues: totals.compactMap { key, tally in
                ContactChannel(rawValue: key[0]).map { ($0, tally) }
            })))
        }
        let phone = RollupFilter(channels: [.phone])
        let byDay = try await ContactRollups.totals(council: council, from: monthStart, through: today, filter: phone, by: [.day], on: sql)
        let byMonth = try await ContactRollups.totals(council: council, from: year.start, through: today, filter: phone, by: [.month], on: sql)
        let byQueue = try await ContactRollups.totals(council: council, from: monthStart, through: today, filter: phone, by: [.queue], on: sql)
        let days = (0..<today.day).map { monthStart.adding(days: $0) }.map { ($0, byDay[[$0.iso]] ?? ContactTally()) }
        let months = (1...12).compactMap { ReportingPeriod(kind: .month, startYear: year.startYear, index: $0) }.filter { $0.start <= today }
            .map { ($0, byMonth[[String($0.start.iso.prefix(7))]] ?? ContactTally()) }
        let queues = byQueue.map { ($0.key[0], $0.value) }.sorted { $0.0 < $1.0 }
        return DashboardFigures(today: today, spans: spans, days: days, months: months, queues: queues)
    }
}
