import BeaconDomain
import Fluent
import Vapor

/// What consultees and members send about a notice.
enum NoticeResponseKind: String, CaseIterable, Sendable {
    case representation
    case referral
    case callIn = "call-in"
}

struct NoticeResponseInput: Content {
    var text: String?
}

extension DecisionWrite {
    /// A representation by someone the notice was sent to, while representations are open.
    static func represent(on notice: DecisionNotice, _ input: NoticeResponseInput, by signedIn: SignedIn, on db: Database, now: Date = BeaconClock.current.now()) async throws {
        let isConsultee = try await NoticeConsultees.includes(signedIn, notice: notice.requireID(), on: db)
        try require(signedIn, .makeRepresentation(council: notice.councilID, isConsultee: isConsultee))
        try requireOpen(notice, now: now)
        var check = FormCheck()
        let text = check.required("text", input.text, label: "Your representation", max: 8000)
        try check.orThrow()
        let representation = NoticeRepresentation()
        (representation.councilID, representation.noticeID, representation.text, representation.madeAt) = (notice.councilID, try notice.requireID(), text!, now)
        representation.name = try await consulteeName(signedIn, notice: notice, on: db)
        try await db.write { db in
            try await representation.create(on: db)
            try await AuditTrail.record(.create, representation, before: nil, by: signedIn, on: db)
        }
    }

    /// A member's request for referral to cabinet. When the distinct members asking reach the
    /// council's threshold, the notice is referred in the same transaction. Returns the count.
    @discardableResult
    static func requestReferral(of notice: DecisionNotice, council: Council, by signedIn: SignedIn, on db: Database, now: Date = BeaconClock.current.now()) async throws -> Int {
        let eligible = try await NoticeConsultees.members(of: notice.requireID(), on: db)
        let isConsultee = signedIn.councillorID.map(eligible.contains) ?? false
        try require(signedIn, .requestReferral(council: notice.councilID, isConsultee: isConsultee))
        try requireOpen(notice, now: now)
        return try await request(.referral, notice, eligible: eligible, threshold: council.referralThreshold, then: .referToCabinet,
                                 by: signedIn, on: db, now: now)
    }

    /// A member's request to call the decision in to scrutiny, during the call-in period.
    @discardableResult
    static func requestCallIn(of notice: DecisionNotice, council: Council, by signedIn: SignedIn, on db: Database, now: Date = BeaconClock.current.now()) async throws -> Int {
        try require(signedIn, .requestCallIn(council: notice.councilID))
        // A decided notice past its effective time reads as effective, so this also closes the window.
        guard notice.status(at: now) == .decided else {
            let why = notice.isUrgent ? "it was taken as urgent, so it is exempt from call-in" : "it is \(notice.status(at: now).title.lowercased())"
            throw Abort(.conflict, reason: "This decision cannot be called in: \(why).")
        }
        let members = try await Councillor.query(on: db).filter(\.$councilID == notice.councilID).filter(\.$leftOn == nil).all()
        return try await request(.callIn, notice, eligible: Set(members.compactMap(\.id)), threshold: council.callInThreshold, then: .callIn,
                                 by: signedIn, on: db, now: now)
    }

    private static func request(_ kind: MemberRequestKind, _ notice: DecisionNotice, eligible: Set<UUID>, threshold: Int, then step: NoticeStep,
                                by signedIn: SignedIn, on db: Database, now: Date) async throws -> Int {
        let request = MemberRequest()
        (request.councilID, request.noticeID, request.kind, request.madeAt) = (notice.councilID, try notice.requireID(), kind, now)
        request.councillorID = signedIn.councillorID!
        let tally = MemberTally(threshold: threshold)
        return try await db.write { db in
            try await request.create(on: db)
            try await AuditTrail.record(.create, request, before: nil, by: signedIn, on: db)
            let asked = try await MemberRequest.query(on: db).filter(\.$noticeID == notice.requireID()).filter(\.$kind == kind).all().map(\.councillorID)
            guard tally.isReached(requests: asked, eligible: eligible), let next = DecisionWorkflow.next(from: notice.storedStatus, by: step) else {
                return tally.count(requests: asked, eligible: eligible)
            }
            let before = try AuditTrail.snapshot(notice)
            (notice.storedStatus, notice.version) = (next, notice.version + 1)
            try await notice.update(on: db)
            let count = tally.count(requests: asked, eligible: eligible)
            try await event(notice, step, at: now, note: "\(count) members asked for \(kind.title.lowercased()); the threshold is \(threshold).", on: db)
            try await AuditTrail.record(.update, notice, before: before, by: signedIn, on: db)
            if next == .referredToCabinet { try await CabinetAgenda.placeReferredNotices(council: notice.councilID, by: signedIn, on: db, now: now) }
            return count
        }
    }

    private static func require(_ signedIn: SignedIn, _ action: Action) throws {
        if case .refused(let reason) = AccessPolicy.decide(signedIn.actor, action) { throw Abort(.forbidden, reason: reason) }
    }

    private static func requireOpen(_ notice: DecisionNotice, now: Date) throws {
        guard notice.storedStatus == .open, let deadline = notice.deadline, RepresentationWindow(deadline: deadline).isOpen(at: now) else {
            let closed = notice.deadline.map { " Representations closed at \(UKTime.long($0))." } ?? ""
            throw Abort(.conflict, reason: "This notice is not open for representations or referral requests.\(closed)")
        }
    }

    private static func consulteeName(_ signedIn: SignedIn, notice: DecisionNotice, on db: Database) async throws -> String {
        let consultees = try await NoticeConsultee.query(on: db).filter(\.$noticeID == notice.requireID()).all()
        let mine = consultees.first { ($0.councillorID != nil && $0.councillorID == signedIn.councillorID) || ($0.personID != nil && $0.personID == signedIn.actor.personID) }
        return mine?.name ?? signedIn.label
    }
}
