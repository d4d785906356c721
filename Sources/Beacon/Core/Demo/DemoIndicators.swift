import BeaconDomain
import Fluent
import Foundation
import Vapor

/// Wrenmoor's demo indicators with five years of history, and a few of Castlebeck's national
/// ones so benchmarking has something to compare. Values are made up but steady from run to
/// run; the latest period of each shows a chosen status so every status appears.
enum DemoIndicators {
    enum Latest { case green, amber, red, missing, none }

    struct Spec {
        let code: String
        let title: String
        let unit: MeasureUnit
        let polarity: Polarity
        let frequency: Frequency
        let scope: IndicatorScope
        let owner: String
        let target: Decimal
        let places: Int
        let latest: Latest
        var formula: String?
        var nationalCode: String?
    }

    static let specs: [Spec] = [
        Spec(code: "BV 3", title: "Residents satisfied with the council overall", unit: .percentage, polarity: .higherIsBetter, frequency: .survey, scope: .national, owner: "Policy and Performance", target: 55, places: 0, latest: .amber),
        Spec(code: "BV 4", title: "Complainants satisfied with how their complaint was handled", unit: .percentage, polarity: .higherIsBetter, frequency: .annual, scope: .national, owner: "Complaints and Feedback", target: 40, places: 0, latest: .red),
        Spec(code: "BV 8", title: "Invoices paid within 30 days", unit: .percentage, polarity: .higherIsBetter, frequency: .quarterly, scope: .national, owner: "Finance and Resources", target: 95, places: 1, latest: .green),
        Spec(code: "BV 9", title: "Council tax collected", unit: .percentage, polarity: .higherIsBetter, frequency: .annual, scope: .national, owner: "Finance and Resources", target: Decimal(string: "97.5")!, places: 1, latest: .green),
        Spec(code: "BV 10", title: "Business rates collected", unit: .percentage, polarity: .higherIsBetter, frequency: .annual, scope: .national, owner: "Finance and Resources", target: 98, places: 1, latest: .amber),
        Spec(code: "BV 12", title: "Working days lost to sickness per employee", unit: .days, polarity: .lowerIsBetter, frequency: .annual, scope: .national, owner: "Finance and Resources", target: 9, places: 1, latest: .red),
        Spec(code: "BV 78a", title: "Average days to process a new benefit claim", unit: .days, polarity: .lowerIsBetter, frequency: .quarterly, scope: .national, owner: "Finance and Resources", target: 30, places: 1, latest: .green),
        Spec(code: "BV 82a", title: "Household waste sent for recycling", unit: .percentage, polarity: .higherIsBetter, frequency: .quarterly, scope: .national, owner: "Environmental Services", target: 40, places: 1, latest: .missing),
        Spec(code: "BV 84", title: "Kilograms of household waste collected per head", unit: .count, polarity: .lowerIsBetter, frequency: .annual, scope: .national, owner: "Environmental Services", target: 400, places: 0, latest: .green),
        Spec(code: "BV 183a", title: "Average days families spend in bed and breakfast", unit: .days, polarity: .lowerIsBetter, frequency: .annual, scope: .national, owner: "Housing Services", target: 14, places: 0, latest: .amber),
        Spec(code: "BV 212", title: "Average days to re-let a council home", unit: .days, polarity: .lowerIsBetter, frequency: .quarterly, scope: .national, owner: "Housing Services", target: 28, places: 1, latest: .red),
        Spec(code: "LPI 1", title: "Average working days to answer correspondence", unit: .days, polarity: .lowerIsBetter, frequency: .monthly, scope: .local, owner: "Customer Services Division", target: 10, places: 1, latest: .missing),
        Spec(code: "LPI 2", title: "Average seconds to answer the phone", unit: .seconds, polarity: .lowerIsBetter, frequency: .monthly, scope: .local, owner: "Contact Centre", target: 20, places: 0, latest: .green),
        Spec(code: "LPI 4", title: "Enquiries resolved at first contact", unit: .percentage, polarity: .higherIsBetter, frequency: .quarterly, scope: .local, owner: "Contact Centre", target: 75, places: 1, latest: .amber),
        Spec(code: "LPI 5", title: "Complaints answered within 10 working days", unit: .percentage, polarity: .higherIsBetter, frequency: .quarterly, scope: .local, owner: "Complaints and Feedback", target: 90, places: 1, latest: .red),
        Spec(code: "LPI 6", title: "Complaints received", unit: .count, polarity: .dataOnly, frequency: .quarterly, scope: .local, owner: "Complaints and Feedback", target: 120, places: 0, latest: .none),
        Spec(code: "LPI 7", title: "Visits to the council website", unit: .count, polarity: .dataOnly, frequency: .quarterly, scope: .local, owner: "Policy and Performance", target: 150_000, places: 0, latest: .none),
        Spec(code: "LPI 8", title: "Freedom of information requests answered within 20 working days", unit: .percentage, polarity: .higherIsBetter, frequency: .quarterly, scope: .local, owner: "Democratic and Legal Services", target: 95, places: 1, latest: .green),
        Spec(code: "LPI 9", title: "Staff turnover", unit: .percentage, polarity: .band, frequency: .annual, scope: .local, owner: "Finance and Resources", target: 10, places: 1, latest: .green),
        Spec(code: "LPI 10", title: "Missed bin collections per 100,000", unit: .count, polarity: .lowerIsBetter, frequency: .quarterly, scope: .local, owner: "Environmental Services", target: 60, places: 0, latest: .amber),
        Spec(code: "LPI 11", title: "Households whose homelessness was prevented", unit: .count, polarity: .higherIsBetter, frequency: .quarterly, scope: .contributing, owner: "Housing Services", target: 30, places: 0, latest: .green, nationalCode: "BV 213"),
        Spec(code: "LPI 12", title: "Cost of customer contact per resident", unit: .currency, polarity: .lowerIsBetter, frequency: .annual, scope: .local, owner: "Customer Services Division", target: 850, places: 2, latest: .green),
        Spec(code: "LPI 13", title: "Annual governance statement published", unit: .date, polarity: .lowerIsBetter, frequency: .annual, scope: .local, owner: "Democratic and Legal Services", target: 0, places: 0, latest: .green),
        Spec(code: "LPI 14a", title: "Calls offered to the contact centre", unit: .count, polarity: .dataOnly, frequency: .quarterly, scope: .local, owner: "Contact Centre", target: 42_000, places: 0, latest: .none),
        Spec(code: "LPI 14b", title: "Calls answered within 20 seconds", unit: .count, polarity: .dataOnly, frequency: .quarterly, scope: .local, owner: "Contact Centre", target: 33_000, places: 0, latest: .none),
        Spec(code: "LPI 14", title: "Share of calls answered within 20 seconds", unit: .percentage, polarity: .higherIsBetter, frequency: .quarterly, scope: .local, owner: "Contact Centre", target: 80, places: 1, latest: .none, formula: "[LPI 14b] / [LPI 14a] * 100"),
    ]

    static let firstYear = 2021

    /// Who reports each unit's indicators.
    static let reportingOfficers = [
        "Contact Centre": "Gareth Pryce", "Customer Services Division": "Helen Marsh", "Policy and Performance": "Priya Lambert",
        "Complaints and Feedback": "Ruth Adebayo", "Finance and Resources": "Owen Price", "Environmental Services": "Lucy Tranter",
        "Housing Services": "Aisha Begum", "Democratic and Legal Services": "Claire Hollis",
    ]

    static func load(council: UUID, units: [String: UUID], people: [String: UUID], priorities: [UUID],
                     history: DemoHistory, on db: Database) async throws {
        let today = BeaconClock.current.today
        let record = try await councilRecord(council, on: db)
        let first = history.firstYear(today: today)
        for (index, spec) in specs.enumerated() {
            let indicator = try await create(spec, council: council, unit: units[spec.owner]!, officer: reportingOfficers[spec.owner].flatMap { people[$0] },
                                             priority: priorities.isEmpty ? nil : priorities[index % priorities.count], firstYear: first, on: db)
            if spec.formula == nil {
                try await DemoIndicatorHistory(spec: spec, indicator: indicator, seed: index, today: today, council: record,
                                               firstYear: first).write(on: db)
            }
        }
        // Calculated indicators made after their inputs' values: worked out as Beacon does when a formula changes.
        for indicator in try await Indicator.query(on: db).filter(\.$councilID == council)
            .filter(\.$dataSource == DataSource.calculated).all() {
            try await IndicatorCalculation.recomputeAllPeriods(of: indicator, by: nil, on: db)
        }
    }

    static func create(_ spec: Spec, council: UUID, unit: UUID, officer: UUID?, priority: UUID?, firstYear: Int = firstYear,
                       on db: Database) async throws -> Indicator {
        let indicator = Indicator()
        indicator.councilID = council
        indicator.code = spec.code
        indicator.title = spec.title
        indicator.purpose = "Shows how well the council is doing on \(spec.title.lowercased())."
        indicator.definition = "\(spec.title), as reported \(spec.frequency.title.lowercased()) by the owning unit."
        indicator.scope = spec.scope
        indicator.nationalCode = spec.nationalCode
        indicator.unit = spec.unit
        indicator.decimalPlaces = spec.places
        indicator.polarity = spec.polarity
        indicator.frequency = spec.frequency
        indicator.owningUnitID = unit
        indicator.reportingOfficerID = officer
        indicator.dataSource = spec.formula == nil ? DataSource.entered : .calculated
        indicator.formula = spec.formula
        indicator.priorityID = priority
        indicator.firstYear = firstYear
        indicator.revision = 1
        indicator.version = 1
        try await indicator.create(on: db)
        let revision = IndicatorRevision()
        revision.councilID = council
        revision.indicatorID = try indicator.requireID()
        revision.revision = 1
        revision.startsOn = DemoData.day("\(firstYear)-04-01")
        revision.definition = indicator.measuredAs
        revision.recordedBy = "Demo data"
        try await revision.create(on: db)
        return indicator
    }

    /// Castlebeck reports some of the same national indicators, for benchmarking.
    static func castlebeck(council: UUID, unit: UUID, on db: Database) async throws {
        let today = BeaconClock.current.today
        let record = try await councilRecord(council, on: db)
        for (index, spec) in specs.enumerated() where ["BV 4", "BV 9", "BV 12", "BV 84"].contains(spec.code) {
            let indicator = try await create(spec, council: council, unit: unit, officer: nil, priority: nil, on: db)
            try await DemoIndicatorHistory(spec: spec, indicator: indicator, seed: index + 7, today: today, council: record,
                                           everyValueVerified: true).write(on: db)
        }
    }

    private static func councilRecord(_ council: UUID, on db: Database) async throws -> Council {
        guard let record = try await Council.find(council, on: db) else { throw Abort(.notFound, reason: "No demo council") }
        return record
    }
}
