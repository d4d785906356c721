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

    static func handle(_ request: Request) async throws -> Response {
        let reading = try await request.planReading()
        guard reading.seesWorkingCopy else { throw Abort(.forbidden, reason: "Only the unit's officers and performance officers may manage this plan.") }
        let document = try await PlanDocument.build(reading.plan, council: reading.view.council, today: reading.view.today, on: request.db)
        let planID = reading.planID
        var rows: [PlanPartKind: [(UUID, String)]] = [:]
        let titles = Dictionary(uniqueKeysWithValues: document.priorities.map { ($0.priorityID, $0.title) })
        rows[.priorities] = try await PlanPriorityLink.query(on: request.db).filter(\.$planID == planID).all().map { ($0.id!, titles[$0.priorityID] ?? "Priority") }
        rows[.developments] = try await PlanDevelopment.query(on: request.db).filter(\.$planID == planID).sort(\.$position).all().map { ($0.id!, $0.development) }
        rows[.actions] = try await PlanAction.query(on: request.db).filter(\.$planID == planID).sort(\.$position).all()
            .map { ($0.id!, ($0.riskID == nil ? "" : "Risk action: ") + $0.activity) }
        rows[.budget] = try await BudgetLine.query(on: request.db).filter(\.$planID == planID).sort(\.$activity).all()
            .map { ($0.id!, "\($0.activity), \(ReportingPeriod.year($0.year).yearLabel) \($0.kind.title.lowercased())") }
        rows[.consultations] = try await PlanConsultation.query(on: request.db).filter(\.$planID == planID).all().map { ($0.id!, $0.title) }
        let risks = try await PlanRisk.query(on: request.db).filter(\.$planID == planID).sort(\.$position).all().map { ($0.id!, $0.area) }
        rows[.risks] = risks
        let page = PlanManagePage(reading: reading, document: document, rows: rows, risks: risks)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)))
    }

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
