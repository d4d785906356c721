import Fluent
import SQLKit
import Vapor

/// `GET /health`: whether Beacon can reach its database, for load balancers and monitoring.
enum HealthController {
    struct Health: Content {
        let status: String
        let database: String
    }

    static func register(on routes: RoutesBuilder) {
        routes.route(.GET, .health, access: .published) { request -> Response in
            let reachable: Bool
            do {
                guard let sql = request.db as? SQLDatabase else { throw Abort(.internalServerError) }
                _ = try await sql.raw("SELECT 1 AS ok").first()
                reachable = true
            } catch {
                request.logger.error("Health check could not reach the database: \(error)")
                reachable = false
            }
            let response = Response(status: reachable ? .ok : .serviceUnavailable)
            try response.content.encode(Health(status: reachable ? "ok" : "unavailable",
                                               database: reachable ? "reachable" : "unreachable"), as: .json)
            return response
        }
    }
}
