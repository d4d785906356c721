import BeaconDomain
import Fluent
import Plot
import Vapor

/// Erlang C staffing: agents for one interval from the figures typed in, and a forecast for
/// each half hour of a chosen week from the same week of last year's calls. The form is a GET:
/// it changes nothing, so an answer can be bookmarked.
struct StaffingPage {
    /// The form's fields, as the query string carries them; percentages are 0–100.
    struct Input: Content {
        var calls: String?
        var minutes: String?
        var handling: String?
        var level: String?
        var answer: String?
        var shrinkage: String?
        var occupancy: String?
        var week: String?
    }

    let view: CouncilView
    let input: Input
    let answer: StaffingAnswer?
    let forecast: [(StaffingForecast.Slot, StaffingForecast.Interval, StaffingAnswer?)]
    let week: CalendarDate?
    let problems: FormView.Problems

    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readServiceCentre)
        let input = try request.query.decode(Input.self)
        var check = FormCheck()
        let question = question(input, &check)
        let week = check.optionalDate("week", input.week, label: "Week starting")
        var forecast: [(StaffingForecast.Slot, StaffingForecast.Interval, StaffingAnswer?)] = []
        if let week, let question {
            forecast = try await lastYear(council: view.councilID, week: week, on: request.db)
                .staffing(averageHandlingSeconds: question.averageHandlingSeconds, targetServiceLevel: question.targetServiceLevel,
                          targetAnswerSeconds: question.targetAnswerSeconds, shrinkage: question.shrinkage, maximumOccupancy: question.maximumOccupancy)
        }
        let page = StaffingPage(view: view, input: input, answer: question.flatMap(ErlangC.staffing), forecast: forecast, week: week, problems: check.problems)
        return Layout.response(page.render(in: request.layoutContext), status: check.isValid ? .ok : .badRequest)
    }

    private static func question(_ input: Input, _ check: inout FormCheck) -> StaffingQuestion? {
        func number(_ field: String, _ text: String?, _ fallback: String, label: String, in range: ClosedRange<Double>) -> Double? {
            let raw = (text ?? "").trimmingCharacters(in: .whitespaces)
            guard let value = Double(raw.isEmpty ? fallback : raw), range.contains(value) else {
                check.add(field, "\(label) must be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
                return nil
            }
            return value
        }
        let calls = number("calls", input.calls, "100", label: "Calls in the interval", in: 0...100_000)
        let minutes = number("minutes", input.minutes, "30", label: "Interval in minutes", in: 1...1_440)
        let handling = number("handling", input.handling, "180", label: "Average handling time", in: 1...36_000)
        let level = number("level", input.level, "80", label: "Service level", in: 1...99.9)
        let answer = number("answer", input.answer, "20", label: "Answer time", in: 0...3_600)
        let shrinkage = number("shrinkage", input.shrinkage, "30", label: "Shrinkage", in: 0...95)
        let occupancy = (input.occupancy ?? "").isEmpty ? nil : number("occupancy", input.occupancy, "", label: "Maximum occupancy", in: 1...100)
        guard let calls, let minutes, let handling, let level, let answer, let shrinkage, check.isValid else { return nil }
        return StaffingQuestion(callsPerInterval: calls, intervalSeconds: minutes * 60, averageHandlingSeconds: handling, targetServiceLevel: level / 100,
                                targetAnswerSeconds: answer, shrinkage: shrinkage / 100, maximumOccupancy: occupancy.map { $0 / 100 })
    }

    /// Last year's phone calls of the same week, 52 weeks before, by half hour.
    private static func lastYear(council: UUID, week: CalendarDate, on db: Database) async throws -> StaffingForecast {
        var forecast = StaffingForecast(weekStarting: week)
        let from = UKTime.instant(forecast.sourceStart, hour: 0, minute: 0), through = UKTime.instant(forecast.sourceStart.adding(days: 7), hour: 0, minute: 0)
        let calls = try await Contact.query(on: db).filter(\.$sourceNumber ~~ ContactSource.numbers(council: council, on: db))
            .filter(\.$channelName == ContactChannel.phone.rawValue)
            .filter(\.$day >= forecast.sourceStart.iso).filter(\.$day <= forecast.sourceStart.adding(days: 6).iso)
            .field(\.$arrivedAt).field(\.$answeredAt).field(\.$endedAt).all()
        for call in calls where call.arrivedAt >= from && call.arrivedAt < through {
            forecast.add(arrived: call.arrivedAt, handlingSeconds: call.answeredAt.map { call.endedAt.timeIntervalSince($0) })
        }
        return forecast
    }
}
