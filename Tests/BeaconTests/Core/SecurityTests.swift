@testable import Beacon
import BeaconDomain
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
        XCTAssertEqual(SignInController.safeNext("/councils/wrenmoor/scorecard?period=2024-25"), "/councils/wrenmoor/scorecard?period=2024-25")
        XCTAssertEqual(SignInController.safeNext("//evil.example/"), "/")
        XCTAssertEqual(SignInController.safeNext("https://evil.example/"), "/")
        XCTAssertEqual(SignInController.safeNext("/\\evil.example"), "/")
        XCTAssertEqual(SignInController.safeNext("/\t/evil.example"), "/")
        XCTAssertEqual(SignInController.safeNext("/\n/evil.example"), "/")
        XCTAssertEqual(SignInController.safeNext("/ /evil.example"), "/")
        XCTAssertEqual(SignInController.safeNext(nil), "/")
    }

    func testTheSignInPageShowsAnInjectedNextAsText() async throws {
        let payload = #"/x"><meta http-equiv="refresh" content="0;url=https://evil.example">"#
        let page = try await get(SiteURL.signIn.path(query: [("next", payload)]))

        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.body.string.contains("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"))
        XCTAssertTrue(page.body.string.contains("value=\"/x&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot;"))
    }

    func testSigningInStartsANewSession() async throws {
        let before = try await signIn("officer.contact@wrenmoor.example")

        let response = try await post(SiteURL.signIn.path, ["email": "agent@wrenmoor.example", "password": DemoData.password], as: before)
        let planted = try await get(SiteURL.list(.people).path, as: before)

        XCTAssertEqual(response.status, .seeOther)
        XCTAssertNotNil(cookie(from: response))
        XCTAssertFalse(before.cookie.contains(try XCTUnwrap(cookie(from: response))))
        XCTAssertEqual(planted.status, .seeOther, "the id from before sign-in is not signed in")
    }

    func testReadingTheSignInPageStoresNoSession() async throws {
        for _ in 1...5 {
            let page = try await get(SiteURL.signIn.path)
            XCTAssertEqual(page.status, .ok)
            XCTAssertNil(cookie(from: page))
        }
        _ = try await get(SiteURL.home.path)

        let sessions = try await SessionRow.query(on: app.db).count()
        XCTAssertEqual(sessions, 0)
    }

    func testAnExpiredSessionIsNotSignedInAndIsDeletedWhenTheNextOneStarts() async throws {
        let agent = try await signIn("agent@wrenmoor.example")
        let row = try await XCTUnwrapAsync(await SessionRow.query(on: app.db).first())
        row.expiresAt = now.addingTimeInterval(-1)
        try await row.update(on: app.db)

        let after = try await get(SiteURL.list(.people).path, as: agent)
        _ = try await signIn("officer.contact@wrenmoor.example")

        XCTAssertEqual(after.status, .seeOther, "sent to sign in again")
        let keys = try await SessionRow.query(on: app.db).all().map(\.key)
        XCTAssertEqual(keys.count, 1)
        XCTAssertNotEqual(keys.first, row.key)
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
        user.closedOn = CalendarDate(iso: "2026-01-01")
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

    func testAWriteThatClashesWithAnotherRecordIsAConflictNotAServerError() async throws {
        // Every form checks for duplicates first, so a clash needs a write that skips the check.
        let admin = try await record(User.self, where: \.$email, is: DemoData.administratorEmail)
        app.get("clash") { request async throws -> String in
            let copy = User(councilID: admin.councilID, email: admin.email, name: "Copy", passwordHash: "x", role: .officer)
            try await copy.create(on: request.db)
            return "saved"
        }

        let response = try await get("/clash")

        XCTAssertEqual(response.status, .conflict)
        XCTAssertTrue(response.body.string.contains("clashes with another record"))
    }

    func testANameCannotHideAButtonForAnAdministratorToPressAndComesBackWhole() async throws {
        // December 2026: a hidden button in a person's name made an administrator's Enter key
        // create an administrator account, and a name with quotes was cut at each re-save.
        let officer = try await signIn("officer.contact@wrenmoor.example")
        let admin = try await signIn(DemoData.administratorEmail)
        let unit = try await record(Unit.self, where: \.$name, is: "Contact Centre")
        let name = #"Tenants "Voice" Panel"><button formaction="/admin/users" hidden>Go</button>"#

        let person = try await XCTUnwrapAsync(await Person.query(on: app.db).filter(\.$unitID == unit.id!).first())

        let saved = try await post(SiteURL.record(.people, .id(person.id!)).path,
                                   ["name": name, "jobTitle": person.jobTitle, "unitID": unit.id!.uuidString,
                                    "version": String(person.version)], as: officer)
        let form = try await get(SiteURL.edit(.people, .id(person.id!)).path, as: admin)

        XCTAssertEqual(saved.status, .seeOther)
        XCTAssertFalse(form.body.string.contains("<button formaction"))
        let escaped = "Tenants &quot;Voice&quot; Panel&quot;&gt;&lt;button formaction=&quot;/admin/users&quot; hidden&gt;Go&lt;/button&gt;"
        XCTAssertTrue(form.body.string.contains(#"value="\#(escaped)""#), form.body.string)
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
