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

    static func question(_ input: Input, _ check: inout FormCheck) -> StaffingQuestion? {
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
}
