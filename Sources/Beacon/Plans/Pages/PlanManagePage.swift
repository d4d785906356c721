import BeaconDomain
import Fluent
import Plot
import Vapor

/// The plan's workspace for its officers: the lifecycle, the plan's text, and every row of
/// every section with links to add, change or record progress.
struct PlanManagePage {
    let reading: PlanReading
    let document: PlanDocument
    let rows: [PlanPartKind: [(id: UUID, label: String)]]
    let risks: [(id: UUID, label: String)]

    var slug: String { reading.slug }
    var ref: RecordRef { .id(reading.planID) }
    var editable: Bool { reading.mayEdit && reading.plan.status.isEditable }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Manage: \(document.title)", context: context) {
            Node<HTML.BodyContext>.p(.text(document.standing + " "), .a(.href(SiteURL.plan(council: slug, ref).path), .text("Read the plan document")))
            PlanStepsView(reading: reading, token: context.csrfToken).node()
            Node<HTML.BodyContext>.h2(.text("The plan's text and indicators"))
            if editable {
                Node<HTML.BodyContext>.p(.a(.href(SiteURL.planEdit(council: slug, ref).path), .text("Change the description, core activities, staffing, horizon and indicators")))
            }
            sectionLists()
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.planBudget(council: slug, ref).path), .text("Compare two of the plan's budgets (variance)")))
        }
    }

    private func sectionLists() -> Node<HTML.BodyContext> {
        .forEach(PlanPartKind.allCases) { kind in
            .group(.h2(.text("\(kind.section). \(PlanDocument.sections[kind.section - 1])")),
                   .if(editable, .p(.a(.href(SiteURL.planPartNew(council: slug, ref, part: kind.rawValue).path), .text("Add a \(kind.noun)")))),
                   .ul(.forEach(rows[kind] ?? []) { row in
                       .li(.text(String(row.label.prefix(140)) + " "),
                           .if(editable, .a(.href(SiteURL.planPart(council: slug, ref, part: kind.rawValue, .id(row.id)).path), .text("Change"),
                                            .span(.class("visually-hidden"), .text(" \(kind.noun): \(row.label.prefix(60))")))),
                           .if(reading.mayEdit && kind == .actions, .group(.text(" "), .a(.href(SiteURL.actionProgress(council: slug, ref, .id(row.id)).path),
                               .text("Record progress"), .span(.class("visually-hidden"), .text(" on \(row.label.prefix(60))"))))),
                           .if(reading.mayEdit && kind == .risks, .group(.text(" "), .a(.href(SiteURL.riskReview(council: slug, ref, .id(row.id)).path),
                               .text("Review"), .span(.class("visually-hidden"), .text(" risk \(row.label.prefix(60))"))))),
                           .if(reading.mayEdit && kind == .consultations, .group(.text(" "), .a(.href(SiteURL.consultationOutcome(council: slug, ref, .id(row.id)).path),
                               .text("Record the outcome"), .span(.class("visually-hidden"), .text(" of \(row.label.prefix(60))"))))))
                   }))
        }
    }
}
