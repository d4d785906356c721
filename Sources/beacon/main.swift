import Beacon
import Foundation
import Vapor

var env = try Environment.detect()
try BeaconLogging.bootstrap(from: &env)
let app = try await Application.make(env)
do {
    try await configure(app)
    try await app.execute()
} catch {
    // The error is already logged with its reason; a failed command exits 1 rather than crashing.
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
