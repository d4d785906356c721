@testable import Beacon
import BeaconDomain
import Fluent
import SQLKit
import XCTVapor

/// Sums over the month rows agree with sums over the day rows they gather.
final class ContactRollupsTests: ServiceCentreTestCase {
    /// A span with odd days at both ends of the demo's year of contacts.
    var span: (CalendarDate, CalendarDate) {
        let today = self.today
        return (CalendarDate(year: today.year - 1, month: today.month, day: 15)!, today.adding(days: -3))
    }

    /// The same figures summed from day rows alone: split by day, then added up by month and queue.
    func summedFromDays(council: UUID, on sql: SQLDatabase) async throws -> [[String]: ContactTally] {
        let days = try await ContactRollups.totals(council: council, from: span.0, through: span.1, filter: RollupFilter(channels: ContactChannel.allCases),
                                                   by: [.day, .queue], on: sql)
        var months: [[String]: ContactTally] = [:]
        for (key, tally) in days { months[[String(key[0].prefix(7)), key[1]], default: ContactTally()].add(tally) }
        return months
    }

    func testMonthlyFiguresFromMonthRowsEqualTheSumOfTheirDays() async throws {
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        let council = try await council.requireID()

        let byMonth = try await ContactRollups.totals(council: council, from: span.0, through: span.1, filter: RollupFilter(channels: ContactChannel.allCases),
                                                      by: [.month, .queue], on: sql)

        let expected = try await summedFromDays(council: council, on: sql)
        XCTAssertGreaterThan(byMonth.count, 12 * 5, "a year of the demo's queues")
        XCTAssertEqual(byMonth, expected)
    }

    func testMonthRowsWorkedOutAgainFromTheDayRowsAreTheSame() async throws {
        let sql = try XCTUnwrap(app.db as? SQLDatabase)
        let council = try await council.requireID()
        let before = try await ContactRollups.totals(council: council, from: span.0, through: span.1, filter: RollupFilter(channels: [.phone]),
                                                     by: [.month, .channel, .service], on: sql)

        try await sql.delete(from: ContactRollups.monthTable).run()
        try await ContactRollups.fillMonths(on: sql)

        let after = try await ContactRollups.totals(council: council, from: span.0, through: span.1, filter: RollupFilter(channels: [.phone]),
                                                    by: [.month, .channel, .service], on: sql)
        XCTAssertFalse(before.isEmpty)
        XCTAssertEqual(after, before)
    }
}
