import BeaconDomain
import Fluent
import Plot
import Vapor

/// A council's business plans: the published ones for everyone, and the working copies a
/// reader may see (their unit's, or every unit's for a performance officer).
struct PlanListPage {
    struct Row {
        let plan: BusinessPlan
        let unitName: String
        let workingCopy: Bool
        let slug: String
    }

    let view: CouncilView
    let rows: [Row]
    let mayStart: Bool
    let strategies: [Strategy]
    let priorities: [StrategicPriority]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Business plans and strategies", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("Each unit's plan for the year: its purpose, actions, resources, indicators, consultation and risks."))
            Node<HTML.BodyContext>.h2(.text("Business plans"))
            if mayStart {
                Node<HTML.BodyContext>.p(.a(.class("button"), .href(SiteURL.planNew(council: view.slug).path), .text("Start a business plan")))
            }
            Node<HTML.BodyContext>.p(.text("Download the list as "), .a(.href(SiteURL.planListData(council: view.slug, format: .csv).path), .text("CSV")),
                                     .text(" or "), .a(.href(SiteURL.planListData(council: view.slug, format: .json).path), .text("JSON")), .text("."))
            if rows.isEmpty {
                Node<HTML.BodyContext>.p(.text("No business plans are published yet."))
            } else {
                Node<HTML.BodyContext>.table(
                    PlanDocument.headerRow(["Plan", "Year", "Horizon", "Status"]),
                    .tbody(.forEach(rows) { row in
                        .tr(.td(.a(.href(SiteURL.plan(council: view.slug, .id(row.plan.id!)).path), .text(row.unitName))),
                            .td(.text(row.plan.yearLabel)), .td(.text(row.plan.horizon)), .td(.text(statusText(row))))
                    }))
            }
            Node<HTML.BodyContext>.h2(.text("Strategies"))
            Node<HTML.BodyContext>.ul(.forEach(strategies) { strategy in
                .li(.a(.href(SiteURL.strategy(council: view.slug, .id(strategy.id!)).path), .text("\(strategy.title) \(strategy.span)")))
            })
            Node<HTML.BodyContext>.h2(.text("Strategic priorities: the golden thread"))
            Node<HTML.BodyContext>.p(.text("Every action, indicator and risk that serves each priority, across the council."))
            Node<HTML.BodyContext>.ul(.forEach(priorities) { priority in
                .li(.a(.href(SiteURL.goldenThread(council: view.slug, .id(priority.id!)).path), .text(priority.numberedTitle)))
            })
        }
    }

    private func statusText(_ row: Row) -> String {
        guard row.workingCopy else { return row.plan.status == .superseded ? "Superseded" : "Published" }
        let published = row.plan.publishedRevision.map { "; revision \($0) published" } ?? ""
        return "\(row.plan.status.title), revision \(row.plan.revision)\(published)"
    }
}
