import BeaconDomain
import Fluent
import Plot
import Vapor

/// The annual complaints performance report: for the complaints received in a financial year,
/// how many reached each stage, how many steps were in time, outcomes, the ombudsman's
/// referrals and findings, and what was learned.
struct ComplaintReportPage {
    let view: CouncilView
    let year: ReportingPeriod
    let figures: ComplaintFigures

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Annual complaints performance report \(year.label)", context: context) {
            Node<HTML.BodyContext>.p(.text("Complaints received by \(view.council.name) from \(year.start.long) to \(year.end.long), under the council's time limits: acknowledgement within \(view.council.complaintLimits.acknowledge) working days, a stage 1 response within \(view.council.complaintLimits.stage1Response) working days of acknowledgement and a stage 2 response within \(view.council.complaintLimits.stage2Response), with any extension."))
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.complaintReport(council: view.slug).path(query: [("year", ReportingPeriod.year(year.startYear - 1).key)])), .text("The year before")))
            Node<HTML.BodyContext>.h2(.text("The year in figures"))
            table(ComplaintFigures.lines(figures.total))
            Node<HTML.BodyContext>.h2(.text("By unit"))
            if figures.byUnit.isEmpty { Node<HTML.BodyContext>.p(.text("No complaint was received this year.")) }
            Node<HTML.BodyContext>.group(figures.byUnit.map { .section(.h3(.text($0.unit)),
                table(ComplaintFigures.lines($0.measures))) })
            Node<HTML.BodyContext>.h2(.text("What was learned"))
            Node<HTML.BodyContext>.ul(.forEach(figures.learning) { .li(.strong(.text($0.reference + ": ")),
                .text($0.lesson)) })
        }
    }

    private func table(_ rows: [(label: String, value: String)]) -> Node<HTML.BodyContext> {
        .table(.class("figures"), .tbody(.forEach(rows) { .tr(.th(.attribute(named: "scope", value: "row"), .text($0.0)), .td(.text($0.1))) }))
    }
}
