@testable import Beacon
import XCTVapor

/// Forms and query strings are measured before Vapor parses them, since anyone may send one
/// before signing in and the parser's time grows with the square of repeated keys.
final class FormLimitTests: BeaconTestCase {
    func raw(_ body: String, to path: String = SiteURL.signIn.path) async throws -> XCTHTTPResponse {
        try await app.testable().sendRequest(.POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                             body: ByteBuffer(string: body))
    }

    func testFortyThousandRepeatedKeysAreRefusedBeforeSignIn() async throws {
        let response = try await raw(Array(repeating: "a[]=1", count: 40_000).joined(separator: "&"))

        XCTAssertEqual(response.status, .badRequest)
        XCTAssertTrue(response.body.string.contains("The form has more than 1000 fields"), response.body.string)
    }

    func testDeepAndLongFieldNamesAreRefused() async throws {
        let deep = try await raw("a[b][c][d][e][f]=1")
        let encoded = try await raw("a%5Bb%5D%5Bc%5D%5bd%5D%5be%5D%5Bf%5D=1")
        let long = try await raw(String(repeating: "k", count: 201) + "=1")

        XCTAssertEqual(deep.status, .badRequest)
        XCTAssertTrue(deep.body.string.contains("nested more than 4 deep"))
        XCTAssertEqual(encoded.status, .badRequest)
        XCTAssertEqual(long.status, .badRequest)
        XCTAssertTrue(long.body.string.contains("longer than 200 characters"))
    }

    func testAFormWithinTheLimitsIsReadAsUsual() async throws {
        let browser = try await visit(.signIn)
        var form = ["email": "agent@wrenmoor.example", "password": DemoData.password]
        for index in 1...990 { form["extra\(index)"] = "x" }

        let response = try await post(SiteURL.signIn.path, form, as: browser)

        XCTAssertEqual(response.status, .seeOther)
    }

    func testAQueryStringIsMeasuredToo() async throws {
        let query = Array(repeating: "period[]=1", count: 1_001).joined(separator: "&")

        let response = try await get(SiteURL.scorecard(council: "wrenmoor", format: .html).path + "?" + query)

        XCTAssertEqual(response.status, .badRequest)
        XCTAssertTrue(response.body.string.contains("The address has more than 1000 fields"))
    }
}
