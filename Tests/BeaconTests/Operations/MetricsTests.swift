@testable import Beacon
import Foundation
import SQLKit
import Vapor
import XCTest
import XCTVapor

/// `/metrics`: the operator's token, and counts that follow what Beacon served.
final class MetricsTests: BeaconTestCase {
    private let token = "scrape-token-for-tests"

    private func scrape(token: String? = nil) async throws -> XCTHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = .init(token: token) }
        return try await get(SiteURL.metrics.path, headers: headers)
    }

    /// The value of the sample line that starts with `series` (name and labels as written), or 0.
    private func sample(_ series: String, in text: String) -> Double {
        let line = text.split(separator: "\n").first { $0.hasPrefix(series + " ") }
        return line.flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0
    }

    func testMetricsAreOffWithoutTheSettingAndNeedTheToken() async throws {
        let off = try await scrape(token: token)
        app.metricsToken = token
        let none = try await scrape()
        let wrong = try await scrape(token: "scrape-token-for-test")
        let right = try await scrape(token: token)

        XCTAssertEqual(off.status, .notFound)
        XCTAssertTrue(off.body.string.contains("BEACON_METRICS_TOKEN"))
        XCTAssertEqual(none.status, .unauthorized)
        XCTAssertEqual(wrong.status, .unauthorized)
        XCTAssertFalse(wrong.body.string.contains("beacon_http"))
        XCTAssertEqual(right.status, .ok)
        XCTAssertEqual(right.headers.contentType?.subType, "plain")
        XCTAssertTrue(right.body.string.contains("# TYPE beacon_http_requests_total counter"))
    }

    func testRequestsAreCountedByRoutePatternAndStatus() async throws {
        app.metricsToken = token
        let health = #"beacon_http_requests_total{method="GET",route="/health",status="200"}"#
        let missing = #"beacon_http_requests_total{method="GET",route="unmatched",status="404"}"#
        let before = try await scrape(token: token).body.string
        _ = try await get(SiteURL.health.path)
        _ = try await get(SiteURL.health.path)
        _ = try await get("/no-such-page/SR-98765")
        let after = try await scrape(token: token).body.string

        XCTAssertEqual(sample(health, in: after) - sample(health, in: before), 2)
        XCTAssertEqual(sample(missing, in: after) - sample(missing, in: before), 1)
        XCTAssertFalse(after.contains("SR-98765"), "an address is never a label")
        let bucket = #"beacon_http_request_duration_seconds_bucket{method="GET",route="/health",le="+Inf"}"#
        XCTAssertGreaterThanOrEqual(sample(bucket, in: after), 2)
    }

    func testAnIndicatorImportCountsItsRowsAndRejects() async throws {
        app.metricsToken = token
        let accepted = #"beacon_import_rows_total{kind="indicator values",outcome="accepted"}"#
        let rejected = #"beacon_import_rows_total{kind="indicator values",outcome="rejected"}"#
        let before = try await scrape(token: token).body.string
        let officer = try await signIn("performance@wrenmoor.example")
        let url = SiteURL.indicatorImport(council: "wrenmoor").path
        let refused = "code,period,actual\nBV 8,2024/25 Q2,ninety\nXX 1,2024/25,1\n"
        _ = try await post(url, ["csv": refused, "confirm": "yes"], as: officer)
        let good = "code,period,actual\nBV 8,2024/25 Q2,91\nBV 8,2024/25 Q3,92\n"
        _ = try await post(url, ["csv": good, "confirm": "yes"], as: officer)
        let after = try await scrape(token: token).body.string

        XCTAssertEqual(sample(rejected, in: after) - sample(rejected, in: before), 2)
        XCTAssertEqual(sample(accepted, in: after) - sample(accepted, in: before), 2)
    }

    func testTheDatabasesConnectionsAreReported() async throws {
        app.metricsToken = token
        let text = try await scrape(token: token).body.string
        if (app.db as? SQLDatabase)?.dialect.name == "postgresql" {
            // The scrape's own query is one active connection at least.
            XCTAssertGreaterThanOrEqual(sample(#"beacon_database_connections{state="active"}"#, in: text), 1)
        } else {
            XCTAssertEqual(sample(#"beacon_database_connections{state="allowed"}"#, in: text),
                           Double(System.coreCount))
        }
    }
}
