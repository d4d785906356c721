import Prometheus
import SQLKit
import Vapor

/// `GET /metrics`: Beacon's counts in Prometheus's text format, for a monitoring system holding
/// the operator's token (`BEACON_METRICS_TOKEN`, sent as `Authorization: Bearer`). Without the
/// setting the address answers 404, so an unconfigured Beacon shows nothing.
enum MetricsController {
    static func register(on routes: RoutesBuilder) {
        routes.route(.GET, .metrics, access: .operatorToken) { request -> Response in
            try await readDatabaseConnections(request)
            var body = ByteBuffer()
            body.writeBytes(BeaconMetrics.registry.emitToBuffer())
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "text", subType: "plain",
                                                parameters: ["version": "0.0.4", "charset": "utf-8"])
            headers.cacheControl = .init(noStore: true)
            return Response(status: .ok, headers: headers, body: .init(buffer: body))
        }
    }

    /// The database's connections: PostgreSQL counts every process's by state; SQLite's pool is
    /// one connection per event loop, and its use is not told by the pool (a library limit).
    private static func readDatabaseConnections(_ request: Request) async throws {
        guard let sql = request.db as? SQLDatabase else { return }
        guard sql.dialect.name == "postgresql" else {
            let loops = Array(request.application.eventLoopGroup.makeIterator()).count
            BeaconMetrics.databaseConnections(state: "allowed", count: loops)
            return
        }
        struct Row: Decodable { let state: String; let connections: Int }
        let rows = try await sql.raw("""
            SELECT COALESCE(state, 'unknown') AS state, COUNT(*)::int AS connections FROM pg_stat_activity
            WHERE datname = current_database() GROUP BY 1
            """).all(decoding: Row.self)
        for state in ["active", "idle", "idle in transaction"] {
            BeaconMetrics.databaseConnections(state: state, count: rows.first { $0.state == state }?.connections ?? 0)
        }
    }
}

extension Application {
    private struct MetricsTokenKey: StorageKey { typealias Value = String }

    /// The token a monitoring system sends for `/metrics`; nil turns the address off.
    var metricsToken: String? {
        get { storage[MetricsTokenKey.self] }
        set { storage[MetricsTokenKey.self] = newValue }
    }
}
