import BeaconDomain
import Vapor

/// The decision notice pages. The register, each published notice, the forward plan and the
/// feed are public; drafts and every step are for democratic services; responses are checked
/// against the notice's consultees.
enum DecisionRoutes {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter
        routes.route(.GET, .decisionList(council: council), access: .published) { try await DecisionRegisterPage.handle($0) }
        routes.route(.GET, .decisionFeed(council: council), access: .published) { try await DecisionFeed.handle($0) }
        routes.route(.GET, .forwardPlan(council: council), access: .published) { try await ForwardPlanPage.handle($0) }
        routes.route(.GET, .decisionNew(council: council), access: .record) { try await DecisionFormPage.showNew($0, input: nil, problems: []) }
        routes.route(.POST, .decisionList(council: council), access: .record) { try await DecisionFormPage.create($0) }
        routes.route(.GET, .decision(council: council, .parameter), access: .published) { try await DecisionShowPage.handle($0) }
        routes.route(.GET, .decisionEdit(council: council, .parameter), access: .record) { try await DecisionFormPage.showEdit($0, input: nil, problems: []) }
        routes.route(.POST, .decisionEdit(council: council, .parameter), access: .record) { try await DecisionFormPage.update($0) }
        routes.route(.GET, .decisionManage(council: council, .parameter), access: .record) { try await DecisionManagePage.handle($0) }
        routes.route(.POST, .decisionStep(council: council, .parameter, step: SiteURL.stepParameter), access: .record) { try await DecisionManagePage.step($0) }
        routes.route(.POST, .decisionResponse(council: council, .parameter, kind: SiteURL.kindParameter), access: .record) {
            try await DecisionShowPage.respond($0)
        }
        routes.route(.POST, .decisionAppendices(council: council, .parameter), access: .record, body: .collect(maxSize: AttachedFile.bodyLimit)) {
            try await DecisionAppendixForm.upload($0)
        }
        routes.route(.GET, .decisionAppendix(council: council, .parameter, .itemParameter), access: .published) { try await DecisionAppendixForm.download($0) }
    }
}
