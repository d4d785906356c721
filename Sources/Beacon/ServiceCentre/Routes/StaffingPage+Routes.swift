import BeaconDomain
import Fluent
import Plot
import Vapor

extension StaffingPage {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readServiceCentre)
        let input = try request.query.decode(Input.self)
        var check = FormCheck()
        let question = Self.question(input, &check)
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
}
