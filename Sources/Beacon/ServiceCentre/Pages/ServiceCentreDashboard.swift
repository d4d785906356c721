import BeaconDomain
import Fluent
import Plot
import SQLKit
import Vapor

/// The service centre's measures today, this month and this financial year against the
/// council's standards, with charts of the month's service level and the year's calls.
struct ServiceCentreDashboard {
    let view: CouncilView
    let figures: DashboardFigures
    let may: (records: Bool, record: Bool, imports: Bool, feeds: Bool, requests: Bool)

    static let callMeasures: [ContactMeasure] = [.offered, .answered, .abandoned, .shortAbandons, .serviceLevel, .abandonmentRate,
                                                 .averageSpeedOfAnswer, .longestWait, .averageHandlingTime]

    var council: Council { view.council }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Service centre", context: context) {
            Node<HTML.BodyContext>.p(.text("Figures to the end of \(figures.today.long), from every contact recorded or imported. Short abandons (calls ended within \(council.shortAbandonSeconds) seconds) are left out of calls offered, the service level and the abandonment rate."))
            links
            Node<HTML.BodyContext>.h2(.text("Calls"))
            table(caption: "Phone calls", rows: Self.callMeasures.map { measure in (measure, figures.spans.map { $0.tally([.phone]) }) })
            Node<HTML.BodyContext>.h2(.text("First contact resolution"))
            resolutionTable
            Node<HTML.BodyContext>.h2(.text("Letters and emails"))
            table(caption: "Letters and emails answered", rows: [ContactMeasure.correspondenceOnTime, .correspondenceMeanDays].map { measure in
                (measure, figures.spans.map { $0.tally([.email, .letter]) })
            })
            Node<HTML.BodyContext>.h2(.text("Service requests closed by departments"))
            resolutionByDepartments
            charts
            queueTable
        }
    }

    private var links: Node<HTML.BodyContext> {
        .ul(.class("inline-links"),
            .if(may.record, .li(.a(.href(SiteURL.contactNew(council: view.slug).path), .text("Record a contact")))),
            .if(may.records, .li(.a(.href(SiteURL.contactList(council: view.slug).path), .text("Contacts")))),
            .if(may.requests, .li(.a(.href(SiteURL.requestList(council: view.slug).path), .text("Service requests")))),
            .if(may.requests, .li(.a(.href(SiteURL.complaintList(council: view.slug).path), .text("Complaints")))),
            .if(may.imports, .li(.a(.href(SiteURL.contactImports(council: view.slug).path), .text("Import call records")))),
            .if(may.feeds, .li(.a(.href(SiteURL.indicatorFeeds(council: view.slug).path), .text("Indicators fed from here")))),
            .li(.a(.href(SiteURL.measures(council: view.slug).path), .text("Measures by week, month, quarter or year"))),
            .li(.a(.href(SiteURL.staffing(council: view.slug).path), .text("Staffing"))),
            .li(.a(.href(SiteURL.list(.services).path), .text("Services"))))
    }

    /// The standard a measure is held to, in words, and the test of a figure where it has a numeric one.
    private func standard(_ measure: ContactMeasure) -> (text: String, met: ((Double) -> Bool)?)? {
        switch measure {
        case .serviceLevel: ("\(council.serviceLevelTarget)% within \(council.answerWithinSeconds) s", { $0 >= Double(council.serviceLevelTarget) })
        case .abandonmentRate: ("\(council.abandonmentTarget)% or less", { $0 <= Double(council.abandonmentTarget) })
        case .correspondenceOnTime: ("within \(council.correspondenceWorkingDays) working days", nil)
        default: nil
        }
    }

    private func table(caption: String, rows: [(ContactMeasure, [ContactTally])]) -> Node<HTML.BodyContext> {
        .table(.class("figures"), .caption(.text(caption)),
               .thead(.tr(.th(.text("Measure")), .forEach(figures.spans) { .th(.text($0.label)) }, .th(.text("Standard")))),
               .tbody(.forEach(rows) { measure, tallies in
                   .tr(.th(.attribute(named: "scope", value: "row"), .text(measure.title)),
                       .forEach(tallies) { tally in .td(.text(cell(measure, tally))) },
                       .td(.text(standard(measure)?.text ?? "")))
               }))
    }

    /// The figure, with "met" or "not met" in words where the measure has a numeric standard.
    private func cell(_ measure: ContactMeasure, _ tally: ContactTally) -> String {
        let figure = measure.formatted(tally)
        guard let met = standard(measure)?.met, let value = measure.value(tally) else { return figure }
        return figure + (met(value) ? " (met)" : " (not met)")
    }

    private var resolutionTable: Node<HTML.BodyContext> {
        let channels = ContactChannel.allCases.filter { channel in figures.spans.contains { $0.byChannel[channel] != nil } }
        return .table(.class("figures"), .caption(.text("Contacts resolved at first contact, of those handled")),
                      .thead(.tr(.th(.text("Channel")), .forEach(figures.spans) { .th(.text($0.label)) })),
                      .tbody(.forEach(channels.map { ($0.title, [$0]) } + [("All channels", ContactChannel.allCases)]) { title, chosen in
                          .tr(.th(.attribute(named: "scope", value: "row"), .text(title)),
                              .forEach(figures.spans) { .td(.text(ContactMeasure.firstContactResolution.formatted($0.tally(chosen)))) })
                      }))
    }

    private var resolutionByDepartments: Node<HTML.BodyContext> {
        let rows: [(String, (DepartmentalResolution) -> String)] = [
            ("Closed", { Money.grouped($0.closed) }),
            ("Closed within the service's standard", { $0.percentWithin.map { String(format: "%.1f%%", $0) } ?? "—" }),
            ("Mean working days to close", { $0.meanWorkingDays.map { String(format: "%.1f", $0) } ?? "—" }),
        ]
        return .table(.class("figures"), .caption(.text("Service requests closed (rejected ones are not counted)")),
                      .thead(.tr(.th(.text("Measure")), .forEach(figures.spans) { .th(.text($0.label)) })),
                      .tbody(.forEach(rows) { title, figure in
                          .tr(.th(.attribute(named: "scope", value: "row"), .text(title)), .forEach(figures.spans) { .td(.text(figure($0.resolution))) })
                      }))
    }

    private var charts: Node<HTML.BodyContext> {
        .group(
            .h2(.id("level-by-day"), .text("Service level by day this month")),
            .p(.class("chart-key"), .text("Bars: share of calls answered within \(council.answerWithinSeconds) seconds (%). Dashed line: the standard, \(council.serviceLevelTarget)%.")),
            BarChart.svg(figures.days.map { .init(label: String($0.0.day), value: ContactMeasure.serviceLevel.value($0.1)) },
                         standard: Double(council.serviceLevelTarget), ceiling: 100, titleID: "level-by-day"),
            .h2(.id("calls-by-month"), .text("Calls offered by month this financial year")),
            BarChart.svg(figures.months.map { .init(label: String($0.0.label.prefix(3)), value: ContactMeasure.offered.value($0.1)) }, titleID: "calls-by-month"),
            .table(.class("figures"), .caption(.text("Calls by month")),
                   .thead(.tr(.th(.text("Month")), .th(.text("Offered")), .th(.text("Service level")), .th(.text("Abandonment")))),
                   .tbody(.forEach(figures.months) { period, tally in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(period.label)), .td(.text(ContactMeasure.offered.formatted(tally))),
                           .td(.text(ContactMeasure.serviceLevel.formatted(tally))), .td(.text(ContactMeasure.abandonmentRate.formatted(tally))))
                   }))
        )
    }

    private var queueTable: Node<HTML.BodyContext> {
        .group(
            .h2(.text("Queues this month")),
            .if(figures.queues.isEmpty, .p(.text("No calls this month."))),
            .if(!figures.queues.isEmpty, .table(.class("figures"), .caption(.text("Phone calls by queue this month")),
                .thead(.tr(.th(.text("Queue")), .th(.text("Offered")), .th(.text("Service level")), .th(.text("Abandonment")), .th(.text("Average speed of answer")))),
                .tbody(.forEach(figures.queues) { queue, tally in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(queue.isEmpty ? "(no queue)" : queue)),
                        .td(.text(ContactMeasure.offered.formatted(tally))), .td(.text(ContactMeasure.serviceLevel.formatted(tally))),
                        .td(.text(ContactMeasure.abandonmentRate.formatted(tally))), .td(.text(ContactMeasure.averageSpeedOfAnswer.formatted(tally))))
                })))
        )
    }
}
