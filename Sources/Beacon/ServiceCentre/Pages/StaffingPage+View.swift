import BeaconDomain
import Plot

extension StaffingPage {
    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Staffing", context: context) {
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.p(.text("Agents needed to answer calls at a chosen service level, by the Erlang C model. Give the figures for one interval, and optionally a week to forecast each half hour of it from the same week of last year's calls."))
            form
            if let answer { result(answer) }
            if let week { forecastTable(week) }
            Node<HTML.BodyContext>.h2(.text("What the model assumes"))
            Node<HTML.BodyContext>.ul(
                .li(.text("Calls arrive at random at a steady rate through the interval, and handling times vary at random around their average.")),
                .li(.text("Nobody hangs up: every caller waits as long as it takes. Real callers abandon, so the model asks for a few more agents than needed.")),
                .li(.text("Any agent can take any call, and agents are on the phones for the whole interval; shrinkage covers breaks, training and absence.")),
                .li(.text("A forecast from last year repeats last year's calls: it does not know about this year's changes, such as a new service or a billing run on another day.")))
        }
    }

    private var form: Node<HTML.BodyContext> {
        let fields = [
            FormField(name: "calls", label: "Calls in the interval", control: .number, value: input.calls ?? "100", required: true),
            FormField(name: "minutes", label: "Interval, in minutes", control: .number, value: input.minutes ?? "30", required: true),
            FormField(name: "handling", label: "Average handling time, in seconds", control: .number, value: input.handling ?? "180", required: true),
            FormField(name: "level", label: "Service level wanted, in per cent", control: .number, value: input.level ?? "80", required: true),
            FormField(name: "answer", label: "Answered within, in seconds", control: .number, value: input.answer ?? "20", required: true),
            FormField(name: "shrinkage", label: "Shrinkage, in per cent", control: .number, value: input.shrinkage ?? "30", required: true),
            FormField(name: "occupancy", label: "Maximum occupancy, in per cent", control: .number, value: input.occupancy ?? "", hint: "Leave empty for no limit"),
            FormField(name: "week", label: "Forecast the week starting", control: .date, value: input.week ?? "", hint: "Each half hour from the same week of last year's calls"),
        ]
        return .form(.method(.get), .action(SiteURL.staffing(council: view.slug).path),
                     .forEach(fields) { field in FormView.field(for: field, problem: problems.first { $0.field == field.name }?.message) },
                     .button(.type(.submit), .class("button"), .text("Work out staffing")))
    }

    private func result(_ answer: StaffingAnswer) -> Node<HTML.BodyContext> {
        let rows: [(String, String)] = [
            ("Traffic", String(format: "%.2f Erlangs", answer.trafficErlangs)),
            ("Agents on the phones", String(answer.agents)),
            ("Probability a caller waits", String(format: "%.1f%%", answer.probabilityOfWaiting * 100)),
            ("Service level with these agents", String(format: "%.1f%%", answer.serviceLevel * 100)),
            ("Average speed of answer", String(format: "%.1f seconds", answer.averageSpeedOfAnswerSeconds)),
            ("Occupancy", String(format: "%.1f%%", answer.occupancy * 100)),
            ("Staff to roster after shrinkage", String(answer.staffAfterShrinkage)),
        ]
        return .group(.h2(.text("One interval")),
                      .table(.class("figures"), .tbody(.forEach(rows) { .tr(.th(.attribute(named: "scope", value: "row"), .text($0.0)), .td(.text($0.1))) })))
    }

    private func forecastTable(_ week: CalendarDate) -> Node<HTML.BodyContext> {
        .group(.h2(.text("Forecast for the week starting \(week.long)")),
               .if(forecast.isEmpty, .p(.text("There were no calls in the same week last year to forecast from."))),
               .if(!forecast.isEmpty, .table(.class("figures"),
                   .caption(.text("Each half hour, from the calls of the week starting \(week.adding(days: -364).long)")),
                   .thead(.tr(.th(.text("Day")), .th(.text("Half hour from")), .th(.text("Calls")), .th(.text("Average handling")),
                              .th(.text("Agents")), .th(.text("Service level")), .th(.text("Staff after shrinkage")))),
                   .tbody(.forEach(forecast) { slot, interval, answer in
                       .tr(.td(.text(CalendarDate.weekdayNames[(week.adding(days: slot.day).weekday - 1)] + " " + week.adding(days: slot.day).long)), .td(.text(slot.time)),
                           .td(.text(String(interval.calls))), .td(.text(interval.averageHandlingSeconds.map { String(format: "%.0f s", $0) } ?? "—")),
                           .td(.text(answer.map { String($0.agents) } ?? "—")), .td(.text(answer.map { String(format: "%.1f%%", $0.serviceLevel * 100) } ?? "—")),
                           .td(.text(answer.map { String($0.staffAfterShrinkage) } ?? "—")))
                   }))))
    }
}
