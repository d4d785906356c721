import BeaconDomain
import Fluent
import Plot
import Vapor

extension StaffingPage {
    /// Last year's phone calls of the same week, 52 weeks before, by half hour.
    static func lastYear(council: UUID, week: CalendarDate, on db: Database) async throws -> StaffingForecast {
        var forecast = StaffingForecast(weekStarting: week)
        let from = UKTime.instant(forecast.sourceStart, hour: 0, minute: 0), through = UKTime.instant(forecast.sourceStart.adding(days: 7), hour: 0, minute: 0)
        let calls = try await Contact.query(on: db).filter(\.$sourceNumber ~~ ContactSource.numbers(council: council, on: db))
            .filter(\.$channel == ContactChannel.phone)
            .filter(\.$day >= forecast.sourceStart.iso).filter(\.$day <= forecast.sourceStart.adding(days: 6).iso)
            .field(\.$arrivedAt).field(\.$answeredAt).field(\.$endedAt).all()
        for call in calls where call.arrivedAt >= from && call.arrivedAt < through {
            forecast.add(arrived: call.arrivedAt, handlingSeconds: call.answeredAt.map { call.endedAt.timeIntervalSince($0) })
        }
        return forecast
    }
}
