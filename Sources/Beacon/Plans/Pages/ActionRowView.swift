import BeaconDomain
import Plot

/// One service priority in the plan's table: what, the target, resources, owner, status and
/// its SMART check with a reason for every failed letter.
struct ActionRowView {
    let action: PlanDocument.Action

    func row() -> Node<HTML.TableContext> {
        .tr(.td(.text(action.reference)),
            .td(.text(action.activity), details()),
            .td(.text(action.target),
                .if(!action.outcome.isEmpty, .p(.class("plan-note"), .text("Outcome: \(action.outcome)"))),
                .unwrap(action.due) { .p(.class("plan-note"), .text("Due \($0.long)")) }),
            .td(.text(action.resources)),
            .td(.text(action.owner)),
            .td(status()),
            .td(smart()))
    }

    private func details() -> Node<HTML.BodyContext> {
        let lines = [
            action.theme.isEmpty ? nil : "Theme: \(action.theme)",
            action.objective.isEmpty ? nil : "Objective: \(action.objective)",
            action.linkedTo.isEmpty ? nil : "Linked to: \(action.linkedTo)",
            action.priorityTitle.map { "Priority: \($0)" },
            action.indicatorCodes.isEmpty ? nil : "Indicators: \(action.indicatorCodes.joined(separator: ", "))",
        ].compactMap { $0 }
        return .forEach(lines) { .p(.class("plan-note"), .text($0)) }
    }

    private func status() -> Node<HTML.BodyContext> {
        .group(.span(.class("action-status action-\(action.status.rawValue)"), .text(action.status.title)),
               .p(.class("plan-note"), .text("\(action.percent)% complete")),
               .if(action.overdue, .p(.class("overdue-note"), .strong(.text("Overdue")))),
               .unwrap(action.latestUpdate) { .p(.class("plan-note"), .text($0)) })
    }

    private func smart() -> Node<HTML.BodyContext> {
        .group(.span(.class("smart-letters"), .attribute(named: "aria-label", value: smartLabel), .text(action.smart.letters)),
               .if(!action.smart.isSmart, .ul(.class("smart-reasons"), .forEach(action.smart.failed) { finding in
                   .li(.strong(.text("\(finding.letter.title): ")), .text(finding.reason))
               })))
    }

    private var smartLabel: String {
        action.smart.isSmart ? "SMART: passes all five" : "SMART: fails " + action.smart.failed.map(\.letter.title).joined(separator: ", ")
    }
}
