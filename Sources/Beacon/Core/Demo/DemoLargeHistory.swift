import BeaconDomain
import Fluent
import Foundation

/// How much history the demo writes: the demo's five years, or the large history the page
/// benchmark compares it with (`BEACON_DEMO_HISTORY=large`).
enum DemoHistory: Sendable {
    case demo, large

    /// The first financial year with values.
    func firstYear(today: CalendarDate) -> Int {
        switch self {
        case .demo: DemoIndicators.firstYear
        case .large: ReportingPeriod(containing: today, kind: .year).startYear - DemoLargeHistory.years + 1
        }
    }
}

/// The large history: Wrenmoor's indicators go back ten years, 34 monthly ones join them to
/// make 60, and 48 more councils join the demo's two, each reporting four national
/// indicators, so a page's cost at a council's tenth year can be set beside its cost at its
/// fifth. Every value is recorded through `IndicatorValueWrite`, as the demo's are.
enum DemoLargeHistory {
    static let years = 10
    static let indicators = 60
    static let councils = 50

    static func load(wrenmoor: Council, unit: UUID, on db: Database) async throws {
        let today = BeaconClock.current.today
        let first = DemoHistory.large.firstYear(today: today)
        let councilID = try wrenmoor.requireID()
        let statuses: [DemoIndicators.Latest] = [.green, .amber, .red, .missing]
        for number in 1...(indicators - DemoIndicators.specs.count) {
            let spec = DemoIndicators.Spec(
                code: "LPI \(100 + number)", title: "Monthly measure \(number) of the large history", unit: .percentage,
                polarity: number % 3 == 0 ? .lowerIsBetter : .higherIsBetter, frequency: .monthly, scope: .local,
                owner: "Policy and Performance", target: Decimal(40 + number), places: 1,
                latest: statuses[number % statuses.count])
            let indicator = try await DemoIndicators.create(spec, council: councilID, unit: unit, officer: nil,
                                                            priority: nil, firstYear: first, on: db)
            let history = DemoIndicatorHistory(spec: spec, indicator: indicator, seed: number, today: today,
                                               council: wrenmoor, firstYear: first)
            try await history.write(on: db)
        }
        for number in 3...councils {
            let name = "Demo Council \(number)"
            let council = try await DemoData.council(name, slug: "demo-\(number)", on: db)
            let units = try await DemoOrganisation.castlebeckUnits(for: council, named: name, on: db)
            try await DemoIndicators.castlebeck(council: council, unit: units[units.count - 1], on: db)
        }
    }
}
