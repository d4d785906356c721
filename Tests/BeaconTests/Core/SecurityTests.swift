@testable import Beacon
import Fluent
import XCTVapor

final class SecurityTests: BeaconTestCase {
    func testAFormWithoutItsTokenIsRefused() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let response = try await post(SiteURL.list(.units).path, ["name": "Digital Services", "kind": "team"], as: admin, withToken: false)

        XCTAssertEqual(response.status, .forbidden)
        XCTAssertTrue(response.body.string.contains("This form has expired"))
        let count = try await Unit.query(on: app.db).filter(\.$name == "Digital Services").count()
        XCTAssertEqual(count, 0)
    }

    func testAFormWithAnotherSessionsTokenIsRefused() async throws {
        let admin = try await signIn(DemoData.administratorEmail)
        let other = try await visit(.signIn)

        let response = try await post(SiteURL.list(.units).path, ["name": "X", "kind": "team", "_csrf": other.token], as: admin, withToken: false)

        XCTAssertEqual(response.status, .forbidden)
    }

    func testTheSixthSignInAfterFiveWrongPasswordsIsLockedEvenWithTheRightPassword() async throws {
        let browser = try await visit(.signIn)
        for _ in 1...5 {
            let wrong = try await post(SiteURL.signIn.path, ["email": "agent@wrenmoor.example", "password": "guess-guess-guess"], as: browser)
            XCTAssertEqual(wrong.status, .unauthorized)
        }

        let sixth = try await post(SiteURL.signIn.path, ["email": "agent@wrenmoor.example", "password": DemoData.password], as: browser)

        XCTAssertEqual(sixth.status, .tooManyRequests)
        XCTAssertTrue(sixth.body.string.contains("too many attempts"))
    }

    func testAWrongPasswordSaysNothingAboutWhetherTheAccountExists() async throws {
        let browser = try await visit(.signIn)

        let unknown = try await post(SiteURL.signIn.path, ["email": "nobody@wrenmoor.example", "password": "whatever-it-is"], as: browser)
        let wrong = try await post(SiteURL.signIn.path, ["email": "agent@wrenmoor.example", "password": "whatever-it-is"], as: browser)

        XCTAssertEqual(unknown.status, .unauthorized)
        XCTAssertEqual(wrong.status, .unauthorized)
        XCTAssertTrue(unknown.body.string.contains("The email address or password is not right."))
        XCTAssertTrue(wrong.body.string.contains("The email address or password is not right."))
    }

    func testSignInOnlyRedirectsWithinBeacon() {
        XCTAssertEqual(SignInController.safeNext("/admin/units"), "/admin/units")
        XCTAssertEqual(SignInController.safeNext("//evil.example/"), "/")
        XCTAssertEqual(SignInController.safeNext("https://evil.example/"), "/")
        XCTAssertEqual(SignInController.safeNext(nil), "/")
    }

    func testSigningInStartsANewSession() async throws {
        let before = try await visit(.signIn)

        let response = try await post(SiteURL.signIn.path, ["email": "agent@wrenmoor.example", "password": DemoData.password], as: before)
        let planted = try await get(SiteURL.list(.people).path, as: before)

        XCTAssertEqual(response.status, .seeOther)
        XCTAssertNotEqual(cookie(from: response), before.cookie)
        XCTAssertEqual(planted.status, .seeOther, "the id from before sign-in is not signed in")
    }

    func testSigningOutEndsTheSession() async throws {
        let agent = try await signIn("agent@wrenmoor.example")

        let out = try await post(SiteURL.signOut.path, [:], as: agent)
        let after = try await get(SiteURL.list(.people).path, as: agent)

        XCTAssertEqual(out.status, .seeOther)
        XCTAssertEqual(after.status, .seeOther, "sent to sign in again")
    }

    func testAClosedAccountCannotSignIn() async throws {
        let user = try await record(User.self, where: \.$email, is: "agent@wrenmoor.example")
        user.closedOn = "2026-01-01"
        try await user.update(on: app.db)
        let browser = try await visit(.signIn)

        let response = try await post(SiteURL.signIn.path, ["email": "agent@wrenmoor.example", "password": DemoData.password], as: browser)

        XCTAssertEqual(response.status, .unauthorized)
    }

    func testEveryResponseCarriesTheSecurityHeaders() async throws {
        for path in [SiteURL.home.path, "/no-such-page", SiteURL.health.path, "/css/beacon.css"] {
            let response = try await get(path)
            let policy = try XCTUnwrap(response.headers.first(name: "Content-Security-Policy"), path)
            XCTAssertTrue(policy.contains("script-src 'self'"), path)
            XCTAssertFalse(policy.contains("unsafe-inline"), path)
            XCTAssertEqual(response.headers.first(name: "X-Frame-Options"), "DENY", path)
            XCTAssertEqual(response.headers.first(name: "X-Content-Type-Options"), "nosniff", path)
            XCTAssertEqual(response.headers.first(name: "Referrer-Policy"), "same-origin", path)
        }
    }

    func testPagesHaveNoInlineScript() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let page = try await get(SiteURL.list(.people).path, as: admin)

        XCTAssertFalse(page.body.string.contains("<script"))
        XCTAssertFalse(page.body.string.contains(" onclick="))
    }

    func testUserTextIsEscaped() async throws {
        let admin = try await signIn(DemoData.administratorEmail)

        let created = try await post(SiteURL.list(.units).path, ["name": "<script>alert(1)</script>", "kind": "team"], as: admin)
        let list = try await get(SiteURL.list(.units).path, as: admin)

        XCTAssertEqual(created.status, .seeOther)
        XCTAssertFalse(list.body.string.contains("<script>alert(1)</script>"))
        XCTAssertTrue(list.body.string.contains("&lt;script&gt;"))
    }

    func testTheHealthCheckReportsTheDatabase() async throws {
        let response = try await get(SiteURL.health.path)

        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(try decode([String: String].self, response), ["status": "ok", "database": "reachable"])
    }

    func testPasswordsAreStoredAsBcryptHashes() async throws {
        let user = try await record(User.self, where: \.$email, is: DemoData.administratorEmail)

        XCTAssertTrue(user.passwordHash.hasPrefix("$2b$"))
        XCTAssertFalse(user.passwordHash.contains(DemoData.password))
    }
}
