@testable import Beacon
import BeaconDomain
import Fluent
import Foundation
import Vapor
import XCTest
import XCTVapor

/// A Beacon with the demo data at the tests' fixed instant (`BeaconClock.testInstant`), on its
/// own copy of a template database: an SQLite file, or on the PostgreSQL server `DATABASE_URL` names.
class BeaconTestCase: XCTestCase {
    var app: Application!
    private var database: TestDatabase?

    /// The whole test, its setting up and tearing down run with `BeaconClock.current` at the tests'
    /// instant, so commands a test calls directly read the same time as its requests do.
    override func invokeTest() {
        let clock = (try? BeaconClock.chosen(for: .testing)) ?? .fixed(at: BeaconClock.testInstant)
        BeaconClock.$current.withValue(clock) { super.invokeTest() }
    }

    override func setUp() async throws {
        setenv("BEACON_BCRYPT_COST", "4", 1)
        let database = try await TestDatabase.copy()
        self.database = database
        app = try await startBeacon(on: database)
    }

    override func tearDown() async throws {
        try await app?.asyncShutdown()
        app = nil
        await database?.remove()
        database = nil
    }

    /// A Beacon on the test's database, as `configure` sets one up.
    func startBeacon(on database: TestDatabase) async throws -> Application {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try database.use(in: app)
            try await configureOnChosenDatabase(app)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        return app
    }

    /// Starts Beacon again on the same database, as a restart with other settings would.
    func restartBeacon() async throws {
        try await app.asyncShutdown()
        app = try await startBeacon(on: XCTUnwrap(database))
    }

    /// The instant the tests run at, and its day in London.
    var now: Date { app.clock.now() }
    var today: CalendarDate { UKTime.day(of: now) }

    /// A browser's session: its cookies (as a `Cookie` header sends them) and the form token on its pages.
    struct Browser {
        var cookie: String
        var token: String
    }

    /// Signs in through the form, as a person would.
    func signIn(_ email: String, password: String = DemoData.password) async throws -> Browser {
        var browser = try await visit(.signIn)
        let response = try await post(SiteURL.signIn.path, ["email": email, "password": password], as: browser)
        XCTAssertEqual(response.status, .seeOther, "signing in as \(email)")
        browser.cookie = cookies(browser.cookie, then: response)
        let home = try await get(SiteURL.home.path, as: browser)
        browser.token = try token(in: home.body.string)
        return browser
    }

    /// A browser that has opened a page with a form but is not signed in.
    func visit(_ url: SiteURL) async throws -> Browser {
        let response = try await app.testable().sendRequest(.GET, url.path)
        let jar = cookies("", then: response)
        XCTAssertFalse(jar.isEmpty, "a page with a form sets a cookie for its token")
        return Browser(cookie: jar, token: try token(in: response.body.string))
    }

    func get(_ path: String, as browser: Browser? = nil, headers extra: HTTPHeaders = [:]) async throws -> XCTHTTPResponse {
        var headers = extra
        if let browser { headers.add(name: .cookie, value: browser.cookie) }
        return try await app.testable().sendRequest(.GET, path, headers: headers)
    }

    /// Posts a form, with the browser's token unless the form says otherwise.
    func post(_ path: String, _ form: [String: String], as browser: Browser?, withToken: Bool = true) async throws -> XCTHTTPResponse {
        let request = try formPost(path, form, as: browser, withToken: withToken)
        return try await app.testable().sendRequest(.POST, path, headers: request.headers, body: request.body)
    }

    /// A request made ready to send, for sending many at once.
    struct Prepared: Sendable {
        var method: HTTPMethod = .POST
        let path: String
        let headers: HTTPHeaders
        let body: ByteBuffer?
    }

    func formPost(_ path: String, _ form: [String: String], as browser: Browser?, withToken: Bool = true) throws -> Prepared {
        var headers = HTTPHeaders()
        if let browser { headers.add(name: .cookie, value: browser.cookie) }
        var fields = form
        if withToken, let browser { fields["_csrf"] = browser.token }
        var body = ByteBuffer()
        try URLEncodedFormEncoder().encode(fields, to: &body, headers: &headers)
        return Prepared(path: path, headers: headers, body: body)
    }

    func apiPost(_ path: String, key: String, body: String) -> Prepared {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: key)
        headers.contentType = .json
        return Prepared(path: path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Sends every request at the same moment, as many people saving at once would, and gives
    /// back each response's status, in the order asked.
    func atOnce(_ requests: [Prepared]) async throws -> [HTTPStatus] {
        let app = try XCTUnwrap(self.app)
        return try await withThrowingTaskGroup(of: (Int, HTTPStatus).self) { group in
            for (index, request) in requests.enumerated() {
                group.addTask {
                    let response = try await app.testable().sendRequest(request.method, request.path, headers: request.headers, body: request.body)
                    return (index, response.status)
                }
            }
            var statuses = [HTTPStatus](repeating: .continue, count: requests.count)
            for try await (index, status) in group { statuses[index] = status }
            return statuses
        }
    }

    /// Posts a multipart form with one file, as a browser uploads.
    func multipart(_ path: String, fields: [String: String], file: (name: String, bytes: [UInt8]), as browser: Browser) async throws -> XCTHTTPResponse {
        let boundary = "beacon-test-boundary"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file.bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: browser.cookie)
        headers.add(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await app.testable().sendRequest(.POST, path, headers: headers, body: body)
    }

    /// Sends JSON (or any raw body) to the API with an API key.
    func api(_ method: HTTPMethod, _ path: String, key: String?, body: String? = nil) async throws -> XCTHTTPResponse {
        var headers = HTTPHeaders()
        if let key { headers.bearerAuthorization = .init(token: key) }
        if body != nil { headers.contentType = .json }
        return try await app.testable().sendRequest(method, path, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    /// The cookies a browser holds after a response: those it had, with the response's set or replaced.
    func cookies(_ jar: String, then response: XCTHTTPResponse) -> String {
        var held: [(String, String)] = jar.split(separator: ";").compactMap { pair in
            let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            held.removeAll { $0.0 == name }
            held.append((name, value.string))
        }
        return held.map { "\($0.0)=\($0.1)" }.joined(separator: "; ")
    }

    func cookie(from response: XCTHTTPResponse) -> String? {
        guard let value = response.headers.setCookie?["beacon-session"]?.string else { return nil }
        return "beacon-session=\(value)"
    }

    func token(in html: String) throws -> String {
        let pattern = #/name="_csrf" value="([^"]+)"/#
        return String(try XCTUnwrap(html.firstMatch(of: pattern)).output.1)
    }

    /// Issues an API key through the administration page and returns it.
    func issueAPIKey(role: String = "administrator") async throws -> String {
        let admin = try await signIn(DemoData.administratorEmail)
        let response = try await post(SiteURL.list(.apiKeys).path, ["name": "Test system", "role": role], as: admin)
        XCTAssertEqual(response.status, .created)
        return String(try XCTUnwrap(response.body.string.firstMatch(of: #/bk_[0-9a-f]{8}_[A-Za-z0-9_-]+/#)).output)
    }

    func record<M: Model>(_ type: M.Type, where keyPath: KeyPath<M, FieldProperty<M, String>>, is value: String) async throws -> M {
        try await XCTUnwrapAsync(await M.query(on: app.db).filter(keyPath == value).first())
    }

    func decode<T: Decodable>(_ type: T.Type, _ response: XCTHTTPResponse) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(response.body.readableBytesView))
    }
}

/// `XCTUnwrap` for a value just awaited: XCTUnwrap's autoclosure cannot hold an `await`, so the
/// caller awaits in the argument and this unwraps the result.
func XCTUnwrapAsync<T>(_ value: T?, file: StaticString = #filePath, line: UInt = #line) throws -> T {
    try XCTUnwrap(value, file: file, line: line)
}
