import BeaconDomain
import Fluent
import Plot
import Vapor

/// What the form to issue an API key sends.
struct APIKeyInput: Content {
    var name: String?
    var role: String?
}

/// Administrators issue and revoke their council's API keys. A key is shown once, when it is
/// issued; only its hash is kept.
enum APIKeyController {
    static func register(on routes: RoutesBuilder) {
        routes.route(.GET, .list(.apiKeys), access: .administer) { try await list($0, problems: [], status: .ok) }
        routes.route(.POST, .list(.apiKeys), access: .administer) { try await issue($0) }
        routes.route(.POST, .close(.apiKeys, .parameter), access: .administer) { try await revoke($0) }
    }

    static func list(_ request: Request, problems: FormView.Problems, input: APIKeyInput? = nil, status: HTTPResponseStatus) async throws -> Response {
        let signedIn = try request.requireSignedIn()
        let keys = try await APIKey.query(on: request.db).filter(\.$councilID == signedIn.actor.councilID).sort(\.$name).all()
        let page = APIKeyListPage(keys: keys, problems: problems, input: input)
        return Layout.response(page.render(in: request.layoutContext), status: status)
    }

    static func issue(_ request: Request) async throws -> Response {
        let signedIn = try request.requireSignedIn()
        let input = try request.content.decode(APIKeyInput.self)
        var check = FormCheck()
        let name = check.required("name", input.name, label: "Name", max: 100)
        let role: Role? = check.choice("role", input.role, label: "Role")
        if let role, !APIKey.assignableRoles.contains(role) { check.add("role", "Choose a role an integration may have") }
        guard check.isValid else { return try await list(request, problems: check.problems, input: input, status: .unprocessableEntity) }
        let (secret, prefix) = APIKeyHash.newKey()
        try await request.db.write { db in
            let key = APIKey()
            key.councilID = signedIn.actor.councilID
            key.name = name!
            key.role = role!
            key.prefix = prefix
            key.keyHash = APIKeyHash.of(secret)
            key.version = 1
            try await key.create(on: db)
            try await AuditTrail.record(.create, key, before: nil, by: signedIn, on: db)
        }
        return Layout.response(APIKeyIssuedPage(name: name!, secret: secret).render(in: request.layoutContext), status: .created)
    }

    static func revoke(_ request: Request) async throws -> Response {
        let signedIn = try request.requireSignedIn()
        guard let id = request.parameters.get("id", as: UUID.self),
              let key = try await APIKey.query(on: request.db).filter(\.$id == id)
                  .filter(\.$councilID == signedIn.actor.councilID).first() else {
            throw Abort(.notFound, reason: "There is no API key with that id.")
        }
        guard key.revokedAt == nil else { throw Abort(.conflict, reason: "This API key is already revoked.") }
        try await request.db.write { db in
            let before = try AuditTrail.snapshot(key)
            key.revokedAt = BeaconClock.current.now()
            key.version += 1
            try await key.update(on: db)
            try await AuditTrail.record(.close, key, before: before, by: signedIn, on: db)
        }
        request.flash("The API key \(key.name) is revoked. Integrations using it can no longer connect.")
        return request.redirect(to: SiteURL.list(.apiKeys).path)
    }
}

/// The council's API keys, with a form to issue one.
struct APIKeyListPage {
    let keys: [APIKey]
    let problems: FormView.Problems
    let input: APIKeyInput?

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "API keys", context: context) {
            Node<HTML.BodyContext>.p(.class("lead"), .text("Keys let other systems use Beacon's API for this council. Send a key as Authorization: Bearer followed by the key."))
            table(context)
            Node<HTML.BodyContext>.h2(.text("Issue a key"))
            FormView.errorSummary(problems)
            FormView.form(action: SiteURL.list(.apiKeys).path, token: context.csrfToken, submit: "Issue key", fields: [
                FormField(name: "name", label: "Name", control: .text(max: 100), value: input?.name ?? "",
                          hint: "Which system will use it, for example Online forms", required: true),
                FormField(name: "role", label: "Acts as", control: .select(APIKey.assignableRoles.map(\.choice)),
                          value: input?.role ?? "", required: true),
            ], problems: problems)
        }
    }

    private func table(_ context: LayoutContext) -> Node<HTML.BodyContext> {
        guard !keys.isEmpty else { return .p(.text("No keys have been issued.")) }
        return .table(
            .caption(.class("visually-hidden"), .text("API keys")),
            .thead(.tr(.forEach(["Name", "Starts with", "Acts as", "Status", "Action"]) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
            .tbody(.forEach(keys) { key in
                .tr(.td(.text(key.name)), .td(.code(.text("bk_\(key.prefix)_"))), .td(.text(key.role.title)),
                    .td(.text(key.revokedAt == nil ? "In use" : "Revoked")),
                    .td(.if(key.revokedAt == nil,
                            .form(.method(.post), .action(SiteURL.close(.apiKeys, .id(key.id!)).path),
                                  FormView.tokenField(context.csrfToken),
                                  .button(.type(.submit), .class("link-button"), .text("Revoke \(key.name)"))))))
            })
        )
    }
}

/// Shows a new key, the only time it can be seen.
struct APIKeyIssuedPage {
    let name: String
    let secret: String

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "API key issued", context: context) {
            Node<HTML.BodyContext>.p(.text("Copy the key for \(name) now. Beacon keeps only a fingerprint of it, so it cannot be shown again."))
            Node<HTML.BodyContext>.p(.code(.class("secret"), .text(secret)))
            Node<HTML.BodyContext>.p(.a(.href(SiteURL.list(.apiKeys).path), .text("Back to API keys")))
        }
    }
}
