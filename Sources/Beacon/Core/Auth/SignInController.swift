import BeaconDomain
import Fluent
import Plot
import Vapor

/// What the sign-in form sends.
struct SignInInput: Content {
    var email: String?
    var password: String?
    var next: String?
}

/// Sign-in with email and password, slowed after repeated failures, and sign-out.
enum SignInController {
    static let throttle = SignInThrottle()

    static func register(on routes: RoutesBuilder) {
        routes.route(.GET, .signIn, access: .published) { request in
            let next = try? request.query.get(String.self, at: "next")
            return Layout.response(SignInPage(email: "", next: next, problem: nil).render(in: request.layoutContext(withForm: true)))
        }
        routes.route(.POST, .signIn, access: .published) { try await signIn($0) }
        routes.route(.POST, .signOut, access: .published) { request in
            request.session.destroy()
            return request.redirect(to: SiteURL.home.path)
        }
    }

    static func signIn(_ request: Request) async throws -> Response {
        let input = try request.content.decode(SignInInput.self)
        let email = (input.email ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard email.count <= 254, (input.password ?? "").utf8.count <= 1_024 else {
            return page(input, problem: "The email address or password is not right.", status: .unauthorized, on: request)
        }
        let now = request.now
        if case .locked(let until) = try await SignInAttempts.claim(email, now: now, throttle: throttle, on: request.db) {
            let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            let problem = "There have been too many attempts to sign in with this email address. "
                + "Wait \(minutes) minute\(minutes == 1 ? "" : "s"), then try again."
            return page(input, problem: problem, status: .tooManyRequests, on: request)
        }
        let user = email.isEmpty ? nil : try await User.query(on: request.db).filter(\.$email == email).filter(\.$closedOn == nil).first()
        let password = input.password ?? ""
        let matches = try await PasswordHash.matches(password, user?.passwordHash)
        guard let user, matches else {
            return page(input, problem: "The email address or password is not right.", status: .unauthorized, on: request)
        }
        try await SignInAttempts.succeeded(email, on: request.db)
        try await startNewSession(request)
        request.session.data[ActorMiddleware.sessionUserKey] = try user.requireID().uuidString
        CSRFToken.renew(for: request)
        return request.redirect(to: safeNext(input.next))
    }

    /// A new session id at sign-in, so an id planted in a browser before sign-in is useless after.
    private static func startNewSession(_ request: Request) async throws {
        guard let old = request.session.id else { return }
        try await request.application.sessions.driver.deleteSession(old, for: request).get()
        request.session.id = nil
    }

    private static func page(_ input: SignInInput, problem: String, status: HTTPResponseStatus, on request: Request) -> Response {
        let view = SignInPage(email: input.email ?? "", next: input.next, problem: problem)
        return Layout.response(view.render(in: request.layoutContext(withForm: true)), status: status)
    }

    /// Only a path on this site, so the sign-in form cannot send people elsewhere. Browsers drop
    /// tabs and line breaks from addresses and read `\\` as `/`, so `/\t/evil.example` and
    /// `/\\evil.example` would leave the site: any of them, a space or `//` sends people home.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), next.count <= 2_000,
              !next.unicodeScalars.contains(where: refusedInNext)
        else { return SiteURL.home.path }
        return next
    }

    private static func refusedInNext(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\\" || scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
    }
}

/// The sign-in form.
struct SignInPage {
    let email: String
    let next: String?
    let problem: String?

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "Sign in", context: context) {
            FormView.errorSummary(problem.map { [("email", $0)] } ?? [])
            FormView.form(action: SiteURL.signIn.path, token: context.csrfToken, submit: "Sign in", fields: [
                FormField(name: "email", label: "Email address", control: .email, value: email, required: true, autocomplete: "username"),
                FormField(name: "password", label: "Password", control: .password, required: true, autocomplete: "current-password"),
            ], problems: [], hidden: next.map { [("next", $0)] } ?? [])
        }
    }
}
