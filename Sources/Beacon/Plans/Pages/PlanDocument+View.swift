import BeaconDomain
import Plot

/// Draws a plan as the document a council publishes: a cover, contents, and the nine
/// numbered sections, with tables whose headers repeat on every printed page.
extension PlanDocument {
    func body() -> [Node<HTML.BodyContext>] {
        [cover(), contents(),
         section(1, .ul(.forEach(purpose) { .li(.text($0)) })),
         section(2, priorityTable()),
         section(3, .ul(.forEach(coreActivities) { .li(.text($0)) })),
         section(4, developmentTable()),
         section(5, actionTable()),
         section(6, .div(.forEach(PlanDocument.lines(staffing)) { .p(.text($0)) }), budgetTableNode()),
         section(7, indicatorTable()),
         section(8, consultationTable()),
         section(9, RiskHeatMapView(document: self).node(), riskTable())]
    }

    private func cover() -> Node<HTML.BodyContext> {
        .header(.class("plan-cover"),
                .p(.class("plan-council"), .text(councilName)),
                .p(.class("plan-horizon"), .text("Business plan \(yearLabel) · looking ahead \(horizon)")),
                .unwrap(headOfUnit) { .p(.text("Head of unit: \($0)")) },
                .p(.class("plan-standing"), .text(standing)))
    }

    /// Where the plan stands: "Draft (revision 2)", "Approved by … on …".
    var standing: String {
        var text = "\(status.title), revision \(revision)"
        if let approvedBy, let approvedOn { text += ". Approved by \(approvedBy) on \(approvedOn.long)" }
        return text + "."
    }

    private func contents() -> Node<HTML.BodyContext> {
        .nav(.class("plan-contents"), .ariaLabel("Contents"),
             .h2(.text("Contents")),
             .ol(.forEach(PlanDocument.sections.enumerated()) { index, title in
                 .li(.a(.href("#section-\(index + 1)"), .text(title)))
             }))
    }

    private func section(_ number: Int, _ content: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .element(named: "section", nodes: [
            .class("plan-section"), .id("section-\(number)"),
            .h2(.text("\(number). \(PlanDocument.sections[number - 1])")),
            .group(content),
        ])
    }

    static func headerRow(_ titles: [String]) -> Node<HTML.TableContext> {
        .thead(.tr(.forEach(titles) { .th(.attribute(named: "scope", value: "col"), .text($0)) }))
    }

    static func empty(_ text: String) -> Node<HTML.BodyContext> { .p(.class("plan-empty"), .text(text)) }

    private func priorityTable() -> Node<HTML.BodyContext> {
        if priorities.isEmpty { return Self.empty("No links to strategic priorities are recorded.") }
        return .table(.class("plan-table"), Self.headerRow(["Strategic priority", "The unit's responsibility"]),
                      .tbody(.forEach(priorities) { .tr(.th(.attribute(named: "scope", value: "row"), .text($0.title)), .td(.text($0.responsibility))) }))
    }

    private func developmentTable() -> Node<HTML.BodyContext> {
        if developments.isEmpty { return Self.empty("No developments are proposed.") }
        return .table(.class("plan-table"),
                      Self.headerRow(["Start", "Development", "In response to", "Anticipated outcome", "Contribution to corporate objectives"]),
                      .tbody(.forEach(developments) { row in
                          .tr(.td(.text(row.starts)), .td(.text(row.development)), .td(.text(row.inResponseTo)),
                              .td(.text(row.outcome)), .td(.text(row.contribution)))
                      }))
    }

    private func actionTable() -> Node<HTML.BodyContext> {
        if actions.isEmpty { return Self.empty("No service priorities are recorded.") }
        let counts = smartCounts
        let failing = counts.failing.filter { $0.1 > 0 }.map { "\($0.1) not \($0.0.title.lowercased())" }.joined(separator: ", ")
        return .div(
            .p(.class("smart-summary"), .text("\(counts.smart) of \(actions.count) actions are SMART" + (failing.isEmpty ? "." : "; \(failing)."))),
            .table(.class("plan-table plan-actions"),
                   Self.headerRow(["Ref", "Activity", "Target and anticipated outcome", "Resources", "Owner", "Status", "SMART"]),
                   .forEach(ActionScope.allCases) { scope in
                       let rows = actions.filter { $0.scope == scope }
                       return .if(!rows.isEmpty, .tbody(
                           .tr(.class("group-row"), .th(.attribute(named: "colspan", value: "7"), .attribute(named: "scope", value: "rowgroup"), .text(scope.title))),
                           .forEach(rows) { ActionRowView(action: $0).row() }))
                   }))
    }

    private func indicatorTable() -> Node<HTML.BodyContext> {
        if indicators.isEmpty { return Self.empty("No indicators are linked to this plan.") }
        return .table(.class("plan-table plan-indicators"), Self.headerRow(["Indicator", "Reporting officer"] + kpiColumns),
                      .tbody(.forEach(indicators) { kpi in
                          .tr(.th(.attribute(named: "scope", value: "row"), .strong(.text("\(kpi.code) ")), .text(kpi.title),
                                  .if(!kpi.purpose.isEmpty, .p(.class("plan-note"), .text(kpi.purpose)))),
                              .td(.text(kpi.officer)),
                              .forEach(kpi.cells) { .td(.class("number"), .text($0)) })
                      }))
    }

    private func consultationTable() -> Node<HTML.BodyContext> {
        if consultations.isEmpty { return Self.empty("No public consultation is proposed.") }
        return .table(.class("plan-table"),
                      Self.headerRow(["Consultation", "Completion", "Purpose", "How feedback will be used", "Expected outcome", "Actions"]),
                      .tbody(.forEach(consultations) { row in
                          .tr(.th(.attribute(named: "scope", value: "row"), .text(row.title), .p(.class("plan-note"), .text(row.method))),
                              .td(.text(row.completion.long)), .td(.text(row.purpose)), .td(.text(row.feedbackUse)),
                              .td(.text(row.expectedOutcome),
                                  .if(!row.outcome.isEmpty, .p(.class("plan-note"), .text("Outcome: \(row.outcome)"))),
                                  .unwrap(row.responses) { .p(.class("plan-note"), .text("\($0) responses")) }),
                              .td(.text(row.actionReferences.joined(separator: ", "))))
                      }))
    }

    private func riskTable() -> Node<HTML.BodyContext> {
        if risks.isEmpty { return Self.empty("No risks are recorded.") }
        return .table(.class("plan-table plan-risks"),
                      Self.headerRow(["Ref", "Element", "Area of risk", "Owner", "Likelihood", "Impact", "Score", "Target score",
                                      "Actions required", "Review", "Status"]),
                      .tbody(.forEach(risks) { risk in
                          .tr(.td(.text(risk.reference)), .td(.text(risk.element)), .td(.text(risk.area)), .td(.text(risk.owner)),
                              .td(.class("number"), .text("\(risk.likelihood)")), .td(.class("number"), .text("\(risk.impact)")),
                              .td(.class("number"), .text("\(risk.score) (\(risk.band.title))")),
                              .td(.class("number"), .text("\(risk.targetScore)")),
                              .td(.ul(.forEach(risk.actions) { .li(.text($0)) }),
                                  .if(!risk.history.isEmpty, .p(.class("plan-note"), .text("Earlier scores: " + risk.history.joined(separator: "; "))))),
                              .td(.text(risk.reviewOn.long)), .td(.text(risk.isOpen ? "Open" : "Closed")))
                      }))
    }
}
