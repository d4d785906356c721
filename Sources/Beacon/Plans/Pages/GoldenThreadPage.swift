import BeaconDomain
import Fluent
import Plot
import Vapor

/// Everything that serves one strategic priority, across units: the actions of current plans,
/// the indicators that measure it and the risks that threaten it.
struct GoldenThreadPage {
    let view: CouncilView
    let priority: StrategicPriority
    let plans: CurrentPlans
    let indicators: [(Indicator, String)]

    func render(in context: LayoutContext) -> HTML {
        let id = priority.id!
        let actions = plans.actions { $0.priorityID == id }
        let risks = plans.entries.flatMap { entry in entry.document.risks.filter { $0.priorityID == id }.map { (entry, $0) } }
        return Layout.page(title: "Priority \(priority.numberedTitle)", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text(priority.summary))
            if !priority.objectives.isEmpty {
                Node<HTML.BodyContext>.group(.h2(.text("Objectives")), .ul(.forEach(PlanDocument.lines(priority.objectives)) { .li(.text($0)) }))
            }
            Node<HTML.BodyContext>.h2(.text("Actions in business plans (\(actions.count))"))
            actionTable(actions)
            Node<HTML.BodyContext>.h2(.text("Indicators (\(indicators.count))"))
            indicatorTable()
            Node<HTML.BodyContext>.h2(.text("Risks (\(risks.count))"))
            riskTable(risks)
        }
    }

    private func planLink(_ entry: CurrentPlans.Entry) -> Node<HTML.BodyContext> {
        .a(.href(SiteURL.plan(council: view.slug, .id(entry.reading.planID)).path), .text("\(entry.unitName) \(entry.document.yearLabel)"))
    }

    private func actionTable(_ actions: [(CurrentPlans.Entry, PlanDocument.Action)]) -> Node<HTML.BodyContext> {
        if actions.isEmpty { return .p(.text("No action in a current plan names this priority.")) }
        return .table(PlanDocument.headerRow(["Plan", "Ref", "Activity", "Target", "Status", "SMART"]),
                      .tbody(.forEach(actions) { entry, action in
                          .tr(.td(planLink(entry)), .td(.text(action.reference)), .td(.text(action.activity)), .td(.text(action.target)),
                              .td(.text(action.status.title + (action.overdue ? ", overdue" : ""))), .td(.text(action.smart.letters)))
                      }))
    }

    private func indicatorTable() -> Node<HTML.BodyContext> {
        if indicators.isEmpty { return .p(.text("No indicator measures this priority.")) }
        return .table(PlanDocument.headerRow(["Indicator", "Owning unit"]),
                      .tbody(.forEach(indicators) { indicator, unit in
                          .tr(.td(.a(.href(SiteURL.indicator(council: view.slug, .id(indicator.id!), format: .html).path), .text("\(indicator.code) \(indicator.title)"))),
                              .td(.text(unit)))
                      }))
    }

    private func riskTable(_ risks: [(CurrentPlans.Entry, PlanDocument.Risk)]) -> Node<HTML.BodyContext> {
        if risks.isEmpty { return .p(.text("No risk in a current plan names this priority.")) }
        return .table(PlanDocument.headerRow(["Plan", "Ref", "Area of risk", "Score", "Owner"]),
                      .tbody(.forEach(risks) { entry, risk in
                          .tr(.td(planLink(entry)), .td(.text(risk.reference)), .td(.text(risk.area)),
                              .td(.text("\(risk.score) (\(risk.band.title))")), .td(.text(risk.owner)))
                      }))
    }
}
