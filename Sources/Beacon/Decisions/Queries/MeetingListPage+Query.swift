import BeaconDomain
import Fluent
import Plot
import Vapor

extension MeetingListPage {
    static func rows(_ view: CouncilView, on db: Database) async throws -> [Row] {
        let meetings = try await Meeting.query(on: db).filter(\.$councilID == view.councilID).sort(\.$startsAt).all()
        let names = try await names(of: Committee.self, ids: meetings.map(\.committeeID), on: db)
        return meetings.map { Row(meeting: $0, committee: names[$0.committeeID] ?? "—") }
    }
}
