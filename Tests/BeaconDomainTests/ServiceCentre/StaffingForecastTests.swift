import BeaconDomain
import Foundation
import Testing

@Suite("Staffing forecast from last year's calls")
struct StaffingForecastTests {
    @Test("calls 52 weeks before fall in their UK half hour; summer time is an hour ahead of UTC")
    func buckets() throws {
        let monday = CalendarDate(year: 2027, month: 6, day: 7)!  // forecast week; last year's is Monday 8 June 2026
        var forecast = StaffingForecast(weekStarting: monday)

        forecast.add(arrived: ISOInstant.parse("2026-06-08T08:10:00Z")!, handlingSeconds: 200)  // 09:10 BST
        forecast.add(arrived: ISOInstant.parse("2026-06-08T08:29:59Z")!, handlingSeconds: 100)  // 09:29:59 BST
        forecast.add(arrived: ISOInstant.parse("2026-06-08T08:30:00Z")!, handlingSeconds: nil)  // 09:30 BST: the next slot
        forecast.add(arrived: ISOInstant.parse("2026-06-14T22:59:00Z")!, handlingSeconds: 60)   // Sunday 23:59 BST: the last day
        forecast.add(arrived: ISOInstant.parse("2026-06-14T23:00:00Z")!, handlingSeconds: 60)   // Monday 15 June 00:00 BST: outside

        #expect(forecast.sourceStart == CalendarDate(year: 2026, month: 6, day: 8)!)
        let nineAM = try #require(forecast.intervals[.init(day: 0, slot: 18)])
        #expect(nineAM.calls == 2)
        #expect(nineAM.averageHandlingSeconds == 150)
        #expect(forecast.intervals[.init(day: 0, slot: 19)]?.calls == 1)
        #expect(forecast.intervals[.init(day: 6, slot: 47)]?.calls == 1)
        #expect(forecast.intervals.values.map(\.calls).reduce(0, +) == 4)
        #expect(StaffingForecast.Slot(day: 0, slot: 19).time == "09:30")
    }

    @Test("each half hour is staffed by Erlang C: 100 calls of 3 minutes need 14 agents for 80/20")
    func staffing() throws {
        var forecast = StaffingForecast(weekStarting: CalendarDate(year: 2027, month: 1, day: 4)!)
        let start = ISOInstant.parse("2026-01-05T10:00:00Z")!
        for index in 0..<100 { forecast.add(arrived: start.addingTimeInterval(Double(index) * 18), handlingSeconds: 180) }

        let rows = forecast.staffing(averageHandlingSeconds: 240, targetServiceLevel: 0.8, targetAnswerSeconds: 20, shrinkage: 0.3, maximumOccupancy: nil)

        #expect(rows.count == 1)
        #expect(rows[0].0.time == "10:00")
        #expect(rows[0].2?.agents == 14, "as ErlangCTests works out by hand for 10 Erlangs")
        #expect(rows[0].2?.staffAfterShrinkage == 20)
    }
}
