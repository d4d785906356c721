@testable import Beacon
import BeaconDomain
import Fluent
import XCTVapor

extension BeaconTestCase {
    func indicator(_ code: String, council: String = "wrenmoor") async throws -> Indicator {
        let councilID = try await record(Council.self, where: \.$slug, is: council).id!
        return try await XCTUnwrapAsync(await Indicator.query(on: app.db).filter(\.$code == code).filter(\.$councilID == councilID).first())
    }

    func values(of indicator: Indicator) async throws -> [IndicatorValue] {
        try await IndicatorValue.query(on: app.db).filter(\.$indicatorID == indicator.id!).all()
    }

    /// The latest ended period of the indicator's frequency.
    func latestPeriod(_ indicator: Indicator) -> ReportingPeriod {
        ValueDueRule.endedPeriods(indicator.frequency, from: 2021, today: today).first!
    }

    func periodURL(_ indicator: Indicator, _ period: ReportingPeriod) -> String {
        SiteURL.indicatorPeriod(council: "wrenmoor", .id(indicator.id!), period: period.key).path
    }

    /// Rows of a CSV download as dictionaries by column name.
    func csvRows(_ text: String) -> [[String: String]] {
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
    }
}
