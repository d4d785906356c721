import BeaconDomain
import Fluent
import Vapor

/// The demo council's services, and a year of made-up contacts up to now.
enum DemoServiceCentre {
    /// Code, name, group, unit, keywords, online, standard in working days, questions.
    static let services: [(String, String, String, String, String, Bool, Int, String)] = [
        ("MISSED_BIN", "Missed bin collection", "Waste and recycling", "Environmental Services", "bin, rubbish, refuse, recycling, collection", true, 2,
         "bin_type | Which bin was missed? | single | required | General waste; Recycling; Garden; Food"),
        ("BULKY_WASTE", "Bulky waste collection", "Waste and recycling", "Environmental Services", "furniture, fridge, mattress, sofa", true, 10,
         "items | What needs collecting? | text | required"),
        ("FLY_TIPPING", "Fly-tipping", "Streets and environment", "Environmental Services", "dumped, rubbish, tipping", true, 5,
         "size | How much is there? | single | required | A bag or two; A car boot load; A van load or more"),
        ("STREET_CLEANING", "Street cleaning", "Streets and environment", "Environmental Services", "litter, sweeping, graffiti, dog fouling", true, 5, ""),
        ("NOISE", "Noise complaint", "Streets and environment", "Environmental Services", "neighbour, music, barking, nuisance", true, 10,
         "started | When did it start? | date | optional"),
        ("COUNCIL_TAX", "Council tax enquiry", "Council tax and benefits", "Finance and Resources", "bill, payment, discount, single person, arrears", true, 10, ""),
        ("BENEFITS", "Housing benefit enquiry", "Council tax and benefits", "Finance and Resources", "benefit, reduction, claim", true, 10, ""),
        ("HOUSING_REPAIR", "Council housing repair", "Housing", "Housing Services", "repair, damp, mould, boiler, leak", true, 20,
         "urgent | Is anyone at risk? | single | required | Yes; No"),
        ("HOMELESS", "Homelessness advice", "Housing", "Housing Services", "homeless, eviction, housing options", false, 1, ""),
    ]

    static func load(council: Council, units: [String: UUID], contactsPerWeekday: Double, on db: Database) async throws {
        for (code, name, group, unit, keywords, online, standard, questions) in services {
            let service = Service()
            (service.councilID, service.code, service.name, service.group, service.departmentID) = (try council.requireID(), code, name, group, units[unit]!)
            (service.keywords, service.online, service.standardWorkingDays, service.questionLines, service.version) = (keywords, online, standard, questions, 1)
            try await service.create(on: db)
        }
        try await contacts(council: council, perWeekday: contactsPerWeekday, on: db)
        try await feeds(council: council, on: db)
        try await DemoCasework.load(council: council, on: db)
    }

    /// Indicator code, measure: the contact centre's indicators, fed from the contacts.
    static let feeds: [(String, ContactMeasure)] = [("LPI 2", .averageSpeedOfAnswer), ("LPI 4", .firstContactResolution),
                                                    ("LPI 14a", .offered), ("LPI 14b", .answeredWithin)]

    private static func feeds(council: Council, on db: Database) async throws {
        let first = BeaconClock.current.today.adding(days: -365)
        for (code, measure) in feeds {
            guard let indicator = try await Indicator.query(on: db).filter(\.$councilID == council.requireID()).filter(\.$code == code).first() else { continue }
            let feed = IndicatorFeed()
            (feed.councilID, feed.indicatorID, feed.measure, feed.channelCode, feed.queue, feed.serviceCode) =
                (try council.requireID(), try indicator.requireID(), measure, "", "", "")
            (feed.fromDay, feed.version) = (ReportingPeriod.first(startingOnOrAfter: first, kind: indicator.frequency.periodKind).start, 1)
            try await feed.create(on: db)
            try await IndicatorWrite.setSupplier(of: indicator, to: IndicatorFeeding.supplier,
                                                 from: feed.fromDay, by: nil, on: db)
            try await IndicatorFeeding.refreshAll(feed, council: council, on: db)
        }
    }

    /// A year of contacts to now, through `ContactLog` like any contact, so the rollups are kept.
    private static func contacts(council: Council, perWeekday: Double, on db: Database) async throws {
        let now = BeaconClock.current.now()
        let today = UKTime.day(of: now)
        var generator = SyntheticContacts(seed: 2026, queues: services.map(\.0))
        let calendar = council.workingDays
        var batch: [ContactLog.Entry] = []
        for offset in (0...365).reversed() {
            let day = today.adding(days: -offset)
            for record in generator.day(day, average: perWeekday, workingDay: calendar.isWorkingDay(day), until: now) {
                batch.append(ContactLog.Entry(record: record, serviceCode: record.queue))
            }
            if batch.count >= 5_000 || offset == 0 {
                _ = try await ContactLog.write(batch, council: council, source: "demo telephony", on: db)
                batch.removeAll(keepingCapacity: true)
            }
        }
    }
}
