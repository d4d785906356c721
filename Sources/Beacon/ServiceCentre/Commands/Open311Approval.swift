import BeaconDomain
import Fluent
import Vapor

/// Open311 requests held for staff approval: held when received (checked as a request would
/// be), then raised as a request by a member of staff, or refused with a reason.
enum Open311Approval {
    static func hold(_ form: Open311Submission, raw: String, service: Service, council: Council, client: SignedIn,
                     on db: Database) async throws -> Open311Pending {
        _ = try await RequestWrite.check(try form.input(for: service), council: council, on: db)
        let pending = Open311Pending()
        pending.id = UUID()
        pending.councilID = try council.requireID()
        pending.client = client.label
        pending.serviceCode = service.code
        pending.form = raw
        pending.receivedAt = BeaconClock.current.now()
        try await db.write { tx in
            try await pending.create(on: tx)
            try await AuditTrail.record(.create, pending, before: nil, by: client, on: tx)
        }
        return pending
    }

    /// Raises the held request; refused when it was decided already or no longer passes the checks.
    static func approve(_ id: UUID, council: Council, by signedIn: SignedIn,
                        on db: Database) async throws -> ServiceRequest {
        try await db.write { tx in
            let pending = try await undecided(id, council: council, on: tx)
            let service = try await Open311Query(council: council, db: tx).service(code: pending.serviceCode)
            let raised = try await RequestWrite.raise(try Open311Submission(body: pending.form).input(for: service),
                                                      council: council, via: "Open311 (\(pending.client))",
                                                      by: signedIn, on: tx)
            try await decide(pending, reference: raised.reference, refusal: nil, by: signedIn, on: tx)
            return raised
        }
    }

    static func refuse(_ id: UUID, reason: String?, council: Council, by signedIn: SignedIn,
                       on db: Database) async throws {
        var check = FormCheck()
        let reason = check.required("reason", reason, label: "Why it is refused", max: 500)
        try check.orThrow()
        try await db.write { tx in
            let pending = try await undecided(id, council: council, on: tx)
            try await decide(pending, reference: nil, refusal: reason, by: signedIn, on: tx)
        }
    }

    private static func undecided(_ id: UUID, council: Council, on db: Database) async throws -> Open311Pending {
        guard let pending = try await Open311Pending.query(on: db).filter(\.$id == id)
            .filter(\.$councilID == council.requireID()).first() else {
            throw Abort(.notFound, reason: "There is no Open311 request waiting with that id.")
        }
        guard pending.decidedAt == nil else {
            throw Abort(.conflict, reason: "Someone has already decided this Open311 request.")
        }
        return pending
    }

    private static func decide(_ pending: Open311Pending, reference: String?, refusal: String?, by signedIn: SignedIn,
                               on db: Database) async throws {
        let before = try AuditTrail.snapshot(pending)
        pending.decidedAt = BeaconClock.current.now()
        pending.requestReference = reference
        pending.refusal = refusal
        try await pending.save(on: db)
        try await AuditTrail.record(.update, pending, before: before, by: signedIn, on: db)
    }

    /// The council's requests still waiting, oldest first.
    static func waiting(council: UUID, on db: Database) async throws -> [Open311Pending] {
        try await Open311Pending.query(on: db).filter(\.$councilID == council).filter(\.$decidedAt == nil)
            .sort(\.$receivedAt).all()
    }
}
