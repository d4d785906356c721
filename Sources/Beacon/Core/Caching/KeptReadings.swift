import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// What was last read for each council, with the council's data version and the minute it was
/// read in: asked for again while both are unchanged, it is given as it was instead of read
/// again. For signed-in pages whose figures every visitor shares (the service centre's
/// dashboard: a dozen sums that every agent's screen asks for) — a signed-in page itself is
/// never kept, only what it is drawn from. Off, every reading fresh, with `BEACON_PAGE_CACHE=0`.
final class KeptReadings<Value: Sendable>: Sendable {
    private struct Kept: Sendable {
        let stamp: String
        let value: Value
    }

    private let kept = NIOLockedValueBox<[UUID: Kept]>([:])
    let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// The council's reading: as kept if read under the same data version in the same minute,
    /// else from `read`. The version is read first, so what is kept is never older than its stamp.
    func value(council: UUID, for request: Request, read: () async throws -> Value) async throws -> Value {
        guard enabled, let sql = request.db as? SQLDatabase else { return try await read() }
        let version = try await DataVersion.version(council: council, on: sql)
        // As the public pages: some figures change with the clock alone (today becomes yesterday).
        let stamp = "\(version)-\(Int((request.now.timeIntervalSince1970 / 60).rounded(.down)))"
        if let found = kept.withLockedValue({ $0[council] }), found.stamp == stamp { return found.value }
        let value = try await read()
        kept.withLockedValue { $0[council] = Kept(stamp: stamp, value: value) }
        return value
    }
}
