import BeaconDomain
import Vapor

/// The business plan pages. Reading is public for published plans and checked per plan for
/// working copies; every write checks role, unit and the plan's status.
enum PlanRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        routes.route(.GET, .planList(council: council), access: .published) { try await PlanListPage.handle($0) }
        for format in [ExportFormat.csv, .json] {
            routes.route(.GET, .planListData(council: council, format: format), access: .published) { try await PlanExports.list($0, format: format) }
            routes.route(.GET, .planActionData(council: council, .parameter, format: format), access: .published) { try await PlanExports.actions($0, format: format) }
        }
        routes.route(.GET, .planNew(council: council), access: .record) { try await PlanFormPage.showNew($0, input: nil, problems: []) }
        routes.route(.POST, .planList(council: council), access: .record) { try await PlanFormPage.create($0) }
        routes.route(.GET, .plan(council: council, .parameter), access: .published) { try await PlanShowPage.handle($0) }
        routes.route(.GET, .planDownload(council: council, .parameter), access: .published) { try await PlanShowPage.download($0) }
        routes.route(.GET, .planRevision(council: council, .parameter, revision: SiteURL.revisionParameter), access: .published) {
            try await PlanShowPage.revision($0)
        }
        routes.route(.GET, .planCompare(council: council, .parameter), access: .published) { try await PlanComparePage.handle($0) }
        routes.route(.GET, .planManage(council: council, .parameter), access: .record) { try await PlanManagePage.handle($0) }
        routes.route(.GET, .planBudget(council: council, .parameter), access: .record) { try await BudgetVariancePage.handle($0) }
        routes.route(.GET, .goldenThread(council: council, .parameter), access: .published) { try await GoldenThreadPage.handle($0) }
        routes.route(.GET, .strategy(council: council, .parameter), access: .published) { try await StrategyPage.handle($0) }
        routes.route(.GET, .planEdit(council: council, .parameter), access: .record) { try await PlanFormPage.showEdit($0, input: nil, problems: []) }
        routes.route(.POST, .planEdit(council: council, .parameter), access: .record) { try await PlanFormPage.update($0) }
        routes.route(.POST, .planStep(council: council, .parameter, step: SiteURL.stepParameter), access: .record) { try await PlanStepsView.handle($0) }
        routes.route(.POST, .planNextYear(council: council, .parameter), access: .record) { try await PlanStepsView.nextYear($0) }
        routes.route(.GET, .actionProgress(council: council, .parameter, .itemParameter), access: .record) {
            try await PlanMonitoringPages.showProgress($0, input: nil, problems: [])
        }
        routes.route(.POST, .actionProgress(council: council, .parameter, .itemParameter), access: .record) { try await PlanMonitoringPages.saveProgress($0) }
        routes.route(.GET, .riskReview(council: council, .parameter, .itemParameter), access: .record) {
            try await PlanMonitoringPages.showReview($0, input: nil, problems: [])
        }
        routes.route(.POST, .riskReview(council: council, .parameter, .itemParameter), access: .record) { try await PlanMonitoringPages.saveReview($0) }
        routes.route(.GET, .consultationOutcome(council: council, .parameter, .itemParameter), access: .record) {
            try await PlanMonitoringPages.showOutcome($0, input: nil, problems: [])
        }
        routes.route(.POST, .consultationOutcome(council: council, .parameter, .itemParameter), access: .record) { try await PlanMonitoringPages.saveOutcome($0) }
        PlanPartRoutes<PlanPriorityLink>.register(on: routes)
        PlanPartRoutes<PlanDevelopment>.register(on: routes)
        PlanPartRoutes<PlanAction>.register(on: routes)
        PlanPartRoutes<BudgetLine>.register(on: routes)
        PlanPartRoutes<PlanConsultation>.register(on: routes)
        PlanPartRoutes<PlanRisk>.register(on: routes)
    }
}
