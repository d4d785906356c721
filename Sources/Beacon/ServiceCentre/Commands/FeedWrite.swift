import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// What the feeds form sends to bind a measure to an indicator.
struct FeedInput: Content {
    var indicator: String?
    var measure: String?
    var channel: String?
    var queue: String?
    var service: String?
}

extension ContactMeasure: ChoiceList {}

/// Binding a measure to an indicator and unbinding it: checked, in a transaction, audited.
enum FeedWrite {
    static func bind(_ input: FeedInput, council: Council, by signedIn: SignedIn, on db: Database) async throws -> IndicatorFeed {
        let councilID = try council.requireID()
        var check = FormCheck()
        let indicatorID = check.requiredID("indicator", input.indicator, label: "Indicator")
        let measure: ContactMeasure? = check.choice("measure", input.measure, label: "Measure")
        let channel: ContactChannel? = input.channel?.isEmpty == false ? check.choice("channel", input.channel, label: "Channel") : nil
        let queue = check.optional("queue", input.queue, label: "Queue", max: 100) ?? ""
        let service = check.optional("service", input.service, label: "Service", max: 40) ?? ""
        let indicator = try await indicatorID.asyncMap { try await Indicator.query(on: db).filter(\.$id == $0).filter(\.$councilID == councilID).first() } ?? nil
        if indicatorID != nil { try await checkIndicator(indicator, measure: measure, &check, on: db) }
        if !service.isEmpty, try await Service.query(on: db).filter(\.$councilID == councilID).filter(\.$code == service).count() == 0 {
            check.add("service", "Choose a service from the list")
        }
        try check.orThrow()
        let feed = IndicatorFeed()
        (feed.councilID, feed.indicatorID, feed.measure, feed.channelCode) = (councilID, try indicator!.requireID(), measure!, channel?.rawValue ?? "")
        (feed.queue, feed.serviceCode, feed.version) = (queue, service, 1)
        feed.fromDay = try await firstWholePeriod(council: councilID, kind: indicator!.frequency.periodKind, on: db)
        try await db.write { tx in
            try await feed.create(on: tx)
            try await AuditTrail.record(.create, feed, before: nil, by: signedIn, on: tx)
            try await IndicatorWrite.setSupplier(of: indicator!, to: IndicatorFeeding.supplier,
                                                 from: feed.fromDay, by: signedIn, on: tx)
            try await IndicatorFeeding.refreshAll(feed, council: council, on: tx)
        }
        return feed
    }

    static func unbind(_ feed: IndicatorFeed, by signedIn: SignedIn, on db: Database) async throws {
        try await db.write { tx in
            let before = try AuditTrail.snapshot(feed)
            try await feed.delete(on: tx)
            try await AuditTrail.record(.delete, feed, before: before, by: signedIn, on: tx)
            if let indicator = try await Indicator.find(feed.indicatorID, on: tx) {
                try await IndicatorWrite.setSupplier(of: indicator, to: nil, from: nil, by: signedIn, on: tx)
            }
        }
    }

    private static func checkIndicator(_ indicator: Indicator?, measure: ContactMeasure?, _ check: inout FormCheck, on db: Database) async throws {
        guard let indicator else { return check.add("indicator", "Choose an indicator from the list") }
        if indicator.dataSource == .calculated { check.add("indicator", "\(indicator.code) is calculated from other indicators; feed its inputs instead") }
        if indicator.closedOn != nil { check.add("indicator", "\(indicator.code) is no longer reported") }
        if try await IndicatorFeed.feeds(indicator.requireID(), on: db) { check.add("indicator", "\(indicator.code) is already fed; remove that feed first") }
        if let measure, !units(for: measure.kind).contains(indicator.unit) {
            check.add("measure", "\(measure.title) does not fit \(indicator.code), which is measured as \(indicator.unit.title.lowercased())")
        }
    }

    /// The indicator units a kind of measure can be reported in.
    static func units(for kind: ContactMeasure.Kind) -> [MeasureUnit] {
        switch kind {
        case .count: [.count]
        case .percent: [.percentage]
        case .seconds: [.seconds]
        case .workingDays: [.days]
        }
    }

    /// The start of the first period of this length that begins on or after the council's first
    /// day of contacts, so no period is fed from part of its days; today's period when there are none.
    private static func firstWholePeriod(council: UUID, kind: PeriodKind, on db: Database) async throws -> CalendarDate {
        let today = BeaconClock.current.today
        guard let sql = db as? SQLDatabase,
              let row = try await sql.select().column(SQLFunction("MIN", args: SQLColumn("day")), as: "first").from(ContactRollups.table)
                  .where("council_id", .equal, council).first(),
              let text = try row.decode(column: "first", as: String?.self), let first = CalendarDate(iso: text)
        else { return ReportingPeriod(containing: today, kind: kind).start }
        return ReportingPeriod.first(startingOnOrAfter: first, kind: kind).start
    }
}
