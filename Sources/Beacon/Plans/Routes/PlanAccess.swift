import BeaconDomain
import Fluent
import Vapor

/// A plan as one reader may see it: the working copy for the unit's officers and performance
/// officers (and, once submitted, for those who record approval); otherwise the published
/// revision, or nothing.
struct PlanReading: Sendable {
    let view: CouncilView
    let plan: BusinessPlan
    let seesWorkingCopy: Bool
    let mayEdit: Bool

    var slug: String { view.slug }
    var planID: UUID { plan.id! }

    init(view: CouncilView, plan: BusinessPlan) {
        self.view = view
        self.plan = plan
        mayEdit = view.may(.editPlan(council: view.councilID, unit: plan.unitID))
        seesWorkingCopy = mayEdit
            || (plan.status != .draft && view.may(.movePlan(council: view.councilID, unit: plan.unitID, step: .approve)))
    }

    /// Whether the reader may see the plan at all: its working copy, or a published revision.
    var isVisible: Bool { seesWorkingCopy || plan.publishedRevision != nil }

    /// Those who see the working copy read every approved revision; others the published ones.
    func mayRead(revision number: Int) -> Bool { seesWorkingCopy || number <= (plan.publishedRevision ?? 0) }
}

extension Request {
    /// The plan named by `:id` in the council of the path; 404 when there is none, or when the
    /// reader may see neither its working copy nor a published revision.
    func planReading() async throws -> PlanReading {
        let view = try await councilView()
        guard let id = parameters.get("id", as: UUID.self),
              let plan = try await BusinessPlan.query(on: db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no business plan with that id in \(view.council.name).")
        }
        let reading = PlanReading(view: view, plan: plan)
        guard reading.isVisible else {
            throw Abort(.notFound, reason: "There is no published business plan with that id in \(view.council.name).")
        }
        return reading
    }

    /// The plan for a change to its working copy: signed in, of its unit or a performance
    /// officer, and still a draft; an approved plan is changed only through a new revision.
    func planForEditing() async throws -> (reading: PlanReading, signedIn: SignedIn) {
        let reading = try await planReading()
        let signedIn = try requireOwnCouncil(reading.view)
        try require(.editPlan(council: reading.view.councilID, unit: reading.plan.unitID))
        guard reading.plan.status.isEditable else {
            throw Abort(.conflict, reason: "This plan is \(reading.plan.status.rawValue) and frozen. Start a revision to change it; the approved revision stays readable.")
        }
        return (reading, signedIn)
    }

    /// The document this reader sees: the working copy built live, or the published revision.
    func planDocument(_ reading: PlanReading) async throws -> PlanDocument {
        if reading.seesWorkingCopy {
            return try await PlanDocument.build(reading.plan, council: reading.view.council, today: reading.view.today, on: db)
        }
        var published = try await planRevisionDocument(reading, number: reading.plan.publishedRevision ?? 0)
        published.status = reading.plan.status == .superseded ? .superseded : .published
        return published
    }

    /// An approved revision's frozen document. The public may read published revisions only.
    func planRevisionDocument(_ reading: PlanReading, number: Int) async throws -> PlanDocument {
        guard reading.mayRead(revision: number),
              let revision = try await PlanRevision.query(on: db).filter(\.$planID == reading.planID).filter(\.$revision == number).first() else {
            throw Abort(.notFound, reason: "Revision \(number) of this plan is not available.")
        }
        return try PlanDocument.decoded(revision.document)
    }

    /// The approved revisions this reader may read, oldest first.
    func readableRevisions(_ reading: PlanReading) async throws -> [PlanRevision] {
        try await PlanRevision.query(on: db).filter(\.$planID == reading.planID).sort(\.$revision).all()
            .filter { reading.mayRead(revision: $0.revision) }
    }
}
