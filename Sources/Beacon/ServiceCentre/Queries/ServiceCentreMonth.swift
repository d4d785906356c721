import BeaconDomain
import Fluent
import Vapor

/// One month of the service centre in figures: calls (phone contacts), contacts on every channel
/// (for first-contact resolution), and service requests raised, closed and closed within their
/// standard. Counts only. Read by progress reports and the open data alike.
struct ServiceCentreMonth: Sendable {
    let month: ReportingPeriod
    let calls: ContactTally
    let contacts: ContactTally
    let raised: Int
    let closed: Int
    let closedWithinStandard: Int

    /// Every month from the one containing `from` to the one containing `through`, oldest first;
    /// figures up to `through`.
    static func load(council: UUID, from: CalendarDate, through: CalendarDate,
                     on db: Database) async throws -> [ServiceCentreMonth] {
        let sql = try db.sql
        let phone = try await ContactRollups.totals(council: council, from: from, through: through,
                                                    filter: RollupFilter(channels: [.phone]), by: [.month], on: sql)
        let every = try await ContactRollups.totals(council: council, from: from, through: through,
                                                    filter: RollupFilter(channels: ContactChannel.allCases),
                                                    by: [.month], on: sql)
        let raised = try await ServiceRequest.query(on: db).filter(\.$councilID == council)
            .filter(\.$raisedOn >= from).filter(\.$raisedOn <= through).all()
        let closed = try await ServiceRequest.query(on: db).filter(\.$councilID == council)
            .filter(\.$closedOn >= from).filter(\.$closedOn <= through).all()
        var months: [ServiceCentreMonth] = []
        var month = ReportingPeriod(containing: from, kind: .month)
        while month.start <= through {
            let key = [String(month.start.iso.prefix(7))]
            let shut = closed.filter { $0.closedOn.map(month.contains) ?? false }
            months.append(ServiceCentreMonth(month: month, calls: phone[key] ?? ContactTally(),
                                             contacts: every[key] ?? ContactTally(),
                                             raised: raised.filter { month.contains($0.raisedOn) }.count,
                                             closed: shut.count,
                                             closedWithinStandard: shut.filter { $0.withinStandard == true }.count))
            month = ReportingPeriod(containing: month.end.adding(days: 1), kind: .month)
        }
        return months
    }
}
