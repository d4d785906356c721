import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// A way to split the rollups' sums.
enum RollupGroup: Sendable {
    case day, month, channel, queue, service

    /// The group in a table of day rows (`period` is `day`) or month rows (`month`).
    fileprivate func expression(period: String) -> any SQLExpression {
        switch self {
        case .day: SQLColumn(period)
        case .month: SQLFunction("substr", args: SQLColumn(period), SQLLiteral.numeric("1"), SQLLiteral.numeric("7"))
        case .channel: SQLColumn("channel")
        case .queue: SQLColumn("queue")
        case .service: SQLColumn("service")
        }
    }
}

/// Which contacts a sum covers: channels, and optionally one queue or one service.
struct RollupFilter: Equatable, Sendable {
    var channels: [ContactChannel]
    var queue: String?
    var service: String?

    init(channels: [ContactChannel], queue: String? = nil, service: String? = nil) {
        (self.channels, self.queue, self.service) = (channels, queue, service)
    }
}

extension ContactRollups {
    /// The council's tallies for the days `from` through `through`, split by the groups: the
    /// key is each group's value in order (a month is `2026-03`). Every measure of a period
    /// follows from its tally. Whole months are read from the month rows, other days from the
    /// day rows.
    static func totals(council: UUID, from: CalendarDate, through: CalendarDate, filter: RollupFilter,
                       by groups: [RollupGroup] = [], on sql: SQLDatabase) async throws -> [[String]: ContactTally] {
        // Split by day, only day rows will do.
        let split = groups.contains(.day) ? nil : MonthSplit(from: from, through: through)
        let dayRuns = split?.days ?? (from <= through ? [from...through] : [])
        var totals: [[String]: ContactTally] = [:]
        if let months = split?.months {
            let span = SummedSpan(table: monthTable, period: "month", from: String(months.lowerBound.iso.prefix(7)), through: String(months.upperBound.iso.prefix(7)))
            try await span.add(council: council, filter: filter, by: groups, on: sql, to: &totals)
        }
        for run in dayRuns {
            let span = SummedSpan(table: table, period: "day", from: run.lowerBound.iso, through: run.upperBound.iso)
            try await span.add(council: council, filter: filter, by: groups, on: sql, to: &totals)
        }
        return totals
    }

    /// One tally for the whole span.
    static func total(council: UUID, from: CalendarDate, through: CalendarDate, filter: RollupFilter, on sql: SQLDatabase) async throws -> ContactTally {
        try await totals(council: council, from: from, through: through, filter: filter, on: sql)[[]] ?? ContactTally()
    }
}

extension Contact {
    var record: CallRecord {
        CallRecord(contactID: sourceID, channel: channel, queue: queue, arrived: arrivedAt, answered: answeredAt, ended: endedAt,
                   agent: agent, outcome: outcome)
    }

    var rollupKey: ContactRollups.Key { .init(day: day, channel: channel.rawValue, queue: queue, service: serviceCode) }

    func tally(for council: Council) -> ContactTally {
        ContactTally(record, thresholds: council.measureThresholds, calendar: council.workingDays)
    }
}

/// One table's rows between two periods, summed by groups.
private struct SummedSpan {
    let table: String
    let period: String
    let from: String
    let through: String

    func add(council: UUID, filter: RollupFilter, by groups: [RollupGroup], on sql: SQLDatabase, to totals: inout [[String]: ContactTally]) async throws {
        let select = sql.select().from(table)
        for (index, group) in groups.enumerated() { select.column(SQLAlias(group.expression(period: period), as: SQLIdentifier("g\(index)"))) }
        for column in ContactRollups.tallyColumns {
            // PostgreSQL sums bigints as numeric; the cast keeps both databases answering integers.
            let sum = column == "longest_wait_ms" ? "MAX(\(column))" : "CAST(SUM(\(column)) AS BIGINT)"
            select.column(SQLAlias(SQLRaw(sum), as: SQLIdentifier(column)))
        }
        select.where("council_id", .equal, council).where(SQLColumn(period), .greaterThanOrEqual, SQLBind(from))
            .where(SQLColumn(period), .lessThanOrEqual, SQLBind(through)).where("channel", .in, filter.channels.map(\.rawValue))
        if let queue = filter.queue { select.where("queue", .equal, queue) }
        if let service = filter.service { select.where("service", .equal, service) }
        for group in groups { select.groupBy(group.expression(period: period)) }
        for row in try await select.all() {
            let key = try groups.indices.map { try row.decode(column: "g\($0)", as: String.self) }
            let values = try ContactRollups.tallyColumns.map { try row.decode(column: $0, as: Int?.self) ?? 0 }
            if values[0] > 0 { totals[key, default: ContactTally()].add(ContactRollups.tally(values)) }
        }
    }
}
