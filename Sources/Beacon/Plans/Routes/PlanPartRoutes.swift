import BeaconDomain
import Fluent
import Plot
import Vapor

/// The add, change and remove pages of one kind of plan row. Every route loads the plan and
/// checks, before anything else, that the signed-in user may edit it and that it is a draft.
struct PlanPartRoutes<P: PlanPart> {
    static func register(on routes: RoutesBuilder) {
        let council = SiteURL.councilParameter, part = P.kind.rawValue
        routes.route(.GET, .planPartNew(council: council, .parameter, part: part), access: .record) { request in
            let (reading, _) = try await request.planForEditing()
            return try await form(reading, record: nil, input: nil, problems: [], on: request)
        }
        routes.route(.POST, .planParts(council: council, .parameter, part: part), access: .record) { try await create($0) }
        routes.route(.GET, .planPart(council: council, .parameter, part: part, .itemParameter), access: .record) { request in
            let (reading, _) = try await request.planForEditing()
            return try await form(reading, record: try await load(reading, on: request), input: nil, problems: [], on: request)
        }
        routes.route(.POST, .planPart(council: council, .parameter, part: part, .itemParameter), access: .record) { try await update($0) }
        routes.route(.POST, .planPartDelete(council: council, .parameter, part: part, .itemParameter), access: .record) { request in
            let (reading, signedIn) = try await request.planForEditing()
            let record = try await load(reading, on: request)
            try await PlanPartWrite.delete(record, version: try request.content.decode(CloseInput.self).version, by: signedIn, on: request.db)
            request.flash("The \(P.kind.noun) is removed.")
            return request.redirect(to: SiteURL.planManage(council: reading.slug, .id(reading.planID)).path)
        }
    }

    static func load(_ reading: PlanReading, on request: Request) async throws -> P {
        try await P.find(in: reading, on: request)
    }

    static func create(_ request: Request) async throws -> Response {
        let (reading, signedIn) = try await request.planForEditing()
        let input = try request.content.decode(P.Input.self)
        do {
            let record = try await PlanPartWrite.create(P.self, input, plan: reading.plan,
                                                        council: reading.view.council, by: signedIn, on: request.db)
            request.flash(saved("The \(P.kind.noun) is added.", record))
            return request.redirect(to: SiteURL.planManage(council: reading.slug, .id(reading.planID)).path)
        } catch let failed as ValidationFailed {
            return try await form(reading, record: nil, input: input, problems: failed.problems, on: request)
        }
    }

    static func update(_ request: Request) async throws -> Response {
        let (reading, signedIn) = try await request.planForEditing()
        let record = try await load(reading, on: request)
        let input = try request.content.decode(P.Input.self)
        do {
            try await PlanPartWrite.update(record, input, plan: reading.plan, council: reading.view.council, by: signedIn, on: request.db)
            request.flash(saved("Your changes to the \(P.kind.noun) are saved.", record))
            return request.redirect(to: SiteURL.planManage(council: reading.slug, .id(reading.planID)).path)
        } catch let failed as ValidationFailed {
            return try await form(reading, record: record, input: input, problems: failed.problems, on: request)
        }
    }

    /// The confirmation after saving, with the row's SMART check where it has one.
    private static func saved(_ message: String, _ record: P) -> String {
        record.smartCheck.map { message + " " + SmartCheckView.summary($0) } ?? message
    }

    static func form(_ reading: PlanReading, record: P?, input: P.Input?, problems: FormView.Problems, on request: Request) async throws -> Response {
        let fields = try await P.formFields(for: record, input: input, plan: reading.plan, council: reading.view.council, on: request.db)
        let context = request.layoutContext(withForm: true)
        let action: SiteURL = try record.map { .planPart(council: reading.slug, .id(reading.planID), part: P.kind.rawValue, .id(try $0.requireID())) }
            ?? .planParts(council: reading.slug, .id(reading.planID), part: P.kind.rawValue)
        let title = record == nil ? "Add a \(P.kind.noun)" : "Change a \(P.kind.noun)"
        let html = Layout.page(title: title, context: context) {
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.planManage(council: reading.slug, .id(reading.planID)).path),
                                        .text("Back to the plan (section \(P.kind.section))")))
            FormView.errorSummary(problems)
            Node<HTML.BodyContext>.unwrap(record?.smartCheck) { SmartCheckView.section($0) }
            FormView.form(action: action.path, token: context.csrfToken, submit: record == nil ? "Add" : "Save changes",
                          fields: fields, problems: problems, hidden: record.map { [("version", String($0.version))] } ?? [])
            if let record {
                Node<HTML.BodyContext>.form(.method(.post), .action(SiteURL.planPartDelete(council: reading.slug, .id(reading.planID),
                                                                                         part: P.kind.rawValue, .id(record.id!)).path),
                                            FormView.tokenField(context.csrfToken),
                                            .input(.type(.hidden), .name("version"), .value(String(record.version))),
                                            .button(.type(.submit), .class("button button-secondary"), .text("Remove this \(P.kind.noun)")))
            }
        }
        return Layout.response(html, status: problems.isEmpty ? .ok : .unprocessableEntity)
    }
}
