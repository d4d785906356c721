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
    let measures: ComplaintMeasures
    let byUnit: [(String, ComplaintMeasures)]
    let learning: [(String, String)]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Annual complaints performance report \(year.label)", context: context) {
            Node<HTML.BodyContext>.p(.text("Complaints received by \(view.council.name) from \(year.start.long) to \(year.end.long), under the council's time limits: acknowledgement within \(view.council.complaintLimits.acknowledge) working days, a stage 1 response within \(view.council.complaintLimits.stage1Response) working days of acknowledgement and a stage 2 response within \(view.council.complaintLimits.stage2Response), with any extension."))
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.complaintReport(council: view.slug).path(query: [("year", ReportingPeriod.year(year.startYear - 1).key)])), .text("The year before")))
            Node<HTML.BodyContext>.h2(.text("The year in figures"))
            table(rows(measures))
            Node<HTML.BodyContext>.h2(.text("By unit"))
            if byUnit.isEmpty { Node<HTML.BodyContext>.p(.text("No complaint was received this year.")) }
            Node<HTML.BodyContext>.group(byUnit.map { name, unitMeasures in .section(.h3(.text(name)), table(rows(unitMeasures))) })
            Node<HTML.BodyContext>.h2(.text("What was learned"))
            Node<HTML.BodyContext>.ul(.forEach(learning) { .li(.strong(.text($0.0 + ": ")), .text($0.1)) })
        }
    }

    private func rows(_ m: ComplaintMeasures) -> [(String, String)] {
        func share(_ part: Int, _ whole: Int) -> String {
            ComplaintMeasures.percent(part, of: whole).map { String(format: "%d of %d (%.1f%%)", part, whole, $0) } ?? "none"
        }
        return [("Complaints received", String(m.received)),
                ("Acknowledged in time", share(m.acknowledgedInTime, m.acknowledged)),
                ("Stage 1 responses in time (with any extension)", share(m.stage1InTime, m.stage1Responses)),
                ("Stage 1 extended", String(m.stage1Extended)),
                ("Escalated to stage 2", String(m.escalated)),
                ("Stage 2 responses in time (with any extension)", share(m.stage2InTime, m.stage2Responses)),
                ("Upheld in full or in part", m.percentUpheld.map { String(format: "%.1f%%", $0) } ?? "none decided")]
            + ComplaintOutcome.allCases.map { ("Outcome: \($0.title.lowercased())", String(m.outcomes[$0] ?? 0)) }
            + [("Referred to the ombudsman", String(m.ombudsmanReferrals))]
            + ComplaintOutcome.allCases.map { ("Ombudsman's finding: \($0.title.lowercased())", String(m.ombudsmanFindings[$0] ?? 0)) }
    }

    private func table(_ rows: [(String, String)]) -> Node<HTML.BodyContext> {
        .table(.class("figures"), .tbody(.forEach(rows) { .tr(.th(.attribute(named: "scope", value: "row"), .text($0.0)), .td(.text($0.1))) }))
    }
}
