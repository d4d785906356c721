import BeaconDomain
import Fluent
import Plot
import Vapor

/// A strategy as the public reads it: span, owner, approval and reporting, the numbered
/// priorities and objectives of the corporate strategy, and the action plan drawn from the
/// current business plans.
struct StrategyPage {
    let view: CouncilView
    let strategy: Strategy
    let priorities: [StrategicPriority]
    let actions: [(CurrentPlans.Entry, PlanDocument.Action)]

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "\(strategy.title) \(strategy.span)", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text(strategy.summary))
            Node<HTML.BodyContext>.dl(
                .dt(.text("Owner")), .dd(.text(strategy.owner)),
                .dt(.text("Approved by")), .dd(.text(strategy.approvedBy.isEmpty ? "Not recorded" : strategy.approvedBy)),
                .dt(.text("Progress reports")), .dd(.text(strategy.cadence.title)))
            if strategy.isCorporate {
                Node<HTML.BodyContext>.h2(.text("Strategic priorities"))
                Node<HTML.BodyContext>.ol(.class("priority-list"), .forEach(priorities) { priority in
                    .li(.a(.href(SiteURL.goldenThread(council: view.slug, .id(priority.id!)).path), .text(priority.title)),
                        .ul(.forEach(PlanDocument.lines(priority.objectives)) { .li(.text($0)) }))
                })
            }
            Node<HTML.BodyContext>.h2(.text("Action plan (\(actions.count))"))
            if actions.isEmpty {
                Node<HTML.BodyContext>.p(.text("No action in a current business plan says it delivers this strategy."))
            } else {
                Node<HTML.BodyContext>.table(PlanDocument.headerRow(["Plan", "Activity", "Target", "Owner", "Status"]),
                    .tbody(.forEach(actions) { entry, action in
                        .tr(.td(.a(.href(SiteURL.plan(council: view.slug, .id(entry.reading.planID)).path), .text("\(entry.unitName) \(entry.document.yearLabel), \(action.reference)"))),
                            .td(.text(action.activity)), .td(.text(action.target)), .td(.text(action.owner)),
                            .td(.text("\(action.status.title), \(action.percent)%" + (action.overdue ? ", overdue" : ""))))
                    }))
            }
        }
    }
}
