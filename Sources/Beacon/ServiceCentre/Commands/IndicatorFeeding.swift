import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// Keeps fed indicators' values equal to the rollups: called in the transaction that writes
/// contacts, for the days they fell on, and for every period when a feed is bound or the
/// thresholds change. A fed value is marked as entered and verified by the service centre.
enum IndicatorFeeding {
    static let enteredBy = "Fed from the service centre"
    /// How the indicators the feeds supply name their supplier.
    static let supplier = "the service centre"

    /// Refreshes each of the council's feeds for the periods containing the days.
    static func refresh(council: Council, days: Set<String>, on db: Database) async throws {
        let feeds = try await IndicatorFeed.query(on: db).filter(\.$councilID == council.requireID()).all()
        guard !feeds.isEmpty, !days.isEmpty else { return }
        let indicators = try await Indicator.query(on: db).filter(\.$id ~~ feeds.map(\.indicatorID)).all()
        for feed in feeds {
            guard let indicator = indicators.first(where: { $0.id == feed.indicatorID }) else { continue }
            let periods = Set(days.compactMap(CalendarDate.init(iso:)).map { ReportingPeriod(containing: $0, kind: indicator.frequency.periodKind) })
            for period in periods.sorted() { try await refresh(feed, indicator: indicator, period: period, council: council, on: db) }
        }
    }

    /// Refreshes every period of a feed from its first to today's.
    static func refreshAll(_ feed: IndicatorFeed, council: Council, on db: Database) async throws {
        guard let indicator = try await Indicator.find(feed.indicatorID, on: db) else { return }
        let first = feed.fromDay
        let kind = indicator.frequency.periodKind
        var period = ReportingPeriod(containing: first, kind: kind)
        let last = ReportingPeriod(containing: BeaconClock.current.today, kind: kind)
        while period <= last {
            try await refresh(feed, indicator: indicator, period: period, council: council, on: db)
            period = ReportingPeriod(containing: period.end.adding(days: 1), kind: kind)
        }
    }

    /// Sets the indicator's actual for the period to the measure's figure from the rollups.
    static func refresh(_ feed: IndicatorFeed, indicator: Indicator, period: ReportingPeriod, council: Council, on db: Database) async throws {
        guard let sql = db as? SQLDatabase, period.start >= feed.fromDay else { return }
        let tally = try await ContactRollups.total(council: council.requireID(), from: period.start, through: period.end, filter: feed.filter, on: sql)
        let figure = feed.measure.value(tally).map { Decimal($0).rounded(6) }
        let recording = ValueRecording(value: figure.map { "\($0)" },
                                       calculationNote: figure == nil ? "No contacts in the period to measure" : nil,
                                       enteredBy: enteredBy, verification: .by(enteredBy))
        if figure == nil, try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$period == period).filter(\.$kind == ValueKind.actual).count() == 0 {
            return
        }
        try await IndicatorValueWrite.record(recording, indicator: indicator, period: period, council: council,
                                             by: nil, on: db)
    }
}
