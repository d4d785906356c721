import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// What the scorecard and the indicator list show of each indicator — its latest period ending
/// by a day, and the last few periods a sparkline draws — read from those periods' rows only,
/// so a page costs the same in a council's tenth year as in its first. The rows are judged by
/// the same rules as a whole history (`IndicatorResults.history`), and the latest period's
/// direction of travel is worked out from its previous and year-earlier periods.
extension IndicatorResults {
    /// Each indicator's latest period ending by `day`, and its last `points` periods with a value or target.
    func recent(_ indicators: [Indicator], endingBy day: CalendarDate, points: Int,
                on db: Database) async throws -> [UUID: IndicatorHistory] {
        var candidates: [UUID: [ReportingPeriod]] = [:]
        var whole: [Indicator] = []
        for indicator in indicators {
            guard let id = indicator.id else { continue }
            if let found = latestCandidates(indicator, endingBy: day) {
                candidates[id] = found
            } else {
                whole.append(indicator)
            }
        }
        // Closed indicators, a day after today, a day before the first year: read whole, as they are rare.
        var result = try await histories(whole, on: db)
        let recent = indicators.filter { $0.id.map { candidates[$0] != nil } ?? false }
        guard !recent.isEmpty else { return result }
        let trailing = try await trailingPeriods(of: recent, count: points, on: db)
        var periods = Set<ReportingPeriod>()
        for (id, found) in candidates {
            for period in found { periods.formUnion([period, period.previous, period.yearEarlier]) }
            periods.formUnion(trailing[id] ?? [])
        }
        let ids = recent.compactMap(\.id)
        let sql = try db.sql
        var values = try await ValueRows.values(of: ids, in: Array(periods), on: sql)
        let unpublished = Set(values.filter { verifiedOnly && !$0.isVerified && $0.kind == .actual }
            .map { "\($0.indicatorID)/\($0.period.key)" })
        if verifiedOnly { values = values.filter(\.isVerified) }
        let targets = try await ValueRows.targets(of: ids, in: Array(periods), on: sql)
        let valuesByIndicator = Dictionary(grouping: values, by: \.indicatorID)
        let targetsByIndicator = Dictionary(grouping: targets, by: \.indicatorID)
        for indicator in recent {
            guard let id = indicator.id, let found = candidates[id] else { continue }
            let read = PeriodRows(indicator: indicator, values: valuesByIndicator[id] ?? [],
                                  targets: targetsByIndicator[id] ?? [],
                                  unpublished: unpublished.filter { $0.hasPrefix("\(id)/") })
            result[id] = partialHistory(read, candidates: found, trailing: trailing[id] ?? [])
        }
        return result
    }

    /// The periods that may be an indicator's latest ending by `day`, newest first, or nil when
    /// only its whole history can tell. A whole history has a row for every period ended before
    /// its last owed day (from its first year) and for every period with a value or target, so
    /// by a day no later than that, the latest is the last ended period, or the period ending
    /// exactly on the last owed day if that one has a value or target.
    func latestCandidates(_ indicator: Indicator, endingBy day: CalendarDate) -> [ReportingPeriod]? {
        let lastOwedDay = indicator.closedOn.map { min($0, today) } ?? today
        guard day <= lastOwedDay else { return nil }
        let containing = ReportingPeriod(containing: day, kind: indicator.frequency.periodKind)
        var ended = containing
        while ended.end > day || ended.end >= lastOwedDay { ended = ended.previous }
        guard ended.startYear >= indicator.firstYear else { return nil }
        let endingToday = containing.end == day && day == lastOwedDay ? [containing] : []
        return endingToday + [ended]
    }

    /// An indicator's values and targets by period, of its own kind of period only.
    private struct PeriodRows {
        let indicator: Indicator
        let values: [ReportingPeriod: [IndicatorValue]]
        let targets: [ReportingPeriod: IndicatorTarget]
        let unpublished: Set<String>

        init(indicator: Indicator, values: [IndicatorValue], targets: [IndicatorTarget], unpublished: Set<String>) {
            let kind = indicator.frequency.periodKind
            self.indicator = indicator
            self.values = Dictionary(grouping: values.filter { $0.period.kind == kind }, by: \.period)
            self.targets = Dictionary(targets.filter { $0.period.kind == kind }.map { ($0.period, $0) },
                                      uniquingKeysWith: { first, _ in first })
            self.unpublished = unpublished
        }

        func hasRow(_ period: ReportingPeriod) -> Bool { values[period] != nil || targets[period] != nil }
    }

    private func partialHistory(_ read: PeriodRows, candidates: [ReportingPeriod],
                                trailing: [ReportingPeriod]) -> IndicatorHistory {
        let indicator = read.indicator
        func judged(_ period: ReportingPeriod) -> PeriodResult {
            row(indicator, period: period, values: read.values[period] ?? [], target: read.targets[period],
                awaitingVerification: read.unpublished.contains("\(indicator.id!)/\(period.key)"))
        }
        let latest = candidates.first { $0 == candidates.last || read.hasRow($0) }
        var periods = Set(trailing.filter { $0.kind == indicator.frequency.periodKind })
        if let latest { periods.insert(latest) }
        var rows = periods.sorted().map(judged)
        if let latest, let index = rows.firstIndex(where: { $0.period == latest }) {
            rows[index].sincePrevious = direction(rows[index], judged(latest.previous), indicator)
            rows[index].sinceYearEarlier = direction(rows[index], judged(latest.yearEarlier), indicator)
        }
        return IndicatorHistory(indicator: indicator, rows: rows)
    }

    /// Each indicator's last `count` periods of its own kind that have an actual (verified, for
    /// the public) or a target: the points of its sparkline.
    private func trailingPeriods(of indicators: [Indicator], count: Int,
                                 on db: Database) async throws -> [UUID: [ReportingPeriod]] {
        guard count > 0, let sql = db as? SQLDatabase else { return [:] }
        let byKind = Dictionary(grouping: indicators, by: { $0.frequency.periodKind })
        let which = byKind.map { kind, group -> SQLQueryString in
            "(indicator_id IN (\(binds: group.compactMap(\.id))) AND \(unsafeRaw: Self.keyPattern(kind)))"
        }.joined(separator: " OR ")
        let verified = SQLQueryString(verifiedOnly ? " AND verified_at IS NOT NULL" : "")
        let query: SQLQueryString = """
            SELECT indicator_id, period FROM (
              SELECT indicator_id, period,
                ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY period_start DESC, period DESC) AS n
              FROM (
                SELECT indicator_id, period, period_start FROM indicator_values
                  WHERE kind = 'actual'\(verified) AND (\(which))
                UNION
                SELECT indicator_id, period, period_start FROM indicator_targets WHERE (\(which))
              ) AS points
            ) AS ranked WHERE n <= \(literal: count)
            """
        var found: [UUID: [ReportingPeriod]] = [:]
        for row in try await sql.raw(query).all() {
            let key = try row.decode(column: "period", as: String.self)
            guard let period = ReportingPeriod(key: key) else {
                throw UnknownStoredCode(model: "IndicatorValue", field: "period", code: key)
            }
            found[try row.decode(column: "indicator_id", as: UUID.self), default: []].append(period)
        }
        return found
    }

    /// Which stored period keys are of a kind: `2024-25`, `2024-25-h1`, `2024-25-q2`, `2024-25-m05`.
    private static func keyPattern(_ kind: PeriodKind) -> String {
        switch kind {
        case .year: "LENGTH(period) = 7"
        case .half: "period LIKE '%-h_'"
        case .quarter: "period LIKE '%-q_'"
        case .month: "period LIKE '%-m__'"
        }
    }
}
