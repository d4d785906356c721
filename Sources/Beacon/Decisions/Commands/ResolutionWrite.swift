import BeaconDomain
import Fluent
import Vapor

/// What the resolution and amendment forms send.
struct ResolutionInput: Content {
    var moved: String?
    var effect: String?
    var plan: String?
    var partnership: String?
    var functions: String?
    var principles: String?
    var startsOn: String?
    var reportTitle: String?
    var dueOn: String?
    var everyMonths: String?
    var movedBy: String?
    var wording: String?
    var carried: String?
}

/// Records what a meeting resolved on an item, with its effect — a delegation to a joint
/// committee, a plan approved, a report asked for — and the amendments moved to it.
enum ResolutionWrite {
    static func resolve(_ item: AgendaItem, meeting: Meeting, _ input: ResolutionInput, council: Council, by signedIn: SignedIn, on db: Database) async throws {
        guard try await Resolution.query(on: db).filter(\.$itemID == item.requireID()).count() == 0 else {
            throw Abort(.conflict, reason: "Item \(item.number) already has a resolution; record changes to it as amendments.")
        }
        var check = FormCheck()
        let moved = check.required("moved", input.moved, label: "The resolution as moved", max: 8000)
        let effect: ResolutionEffect? = check.choice("effect", input.effect ?? ResolutionEffect.none.rawValue, label: "What it does")
        let reference = try await self.reference(item, meeting: meeting, on: db)
        let planned = try await ResolutionEffects.check(effect, input, meeting: meeting, &check, on: db)
        try check.orThrow()
        let resolution = Resolution()
        (resolution.councilID, resolution.itemID, resolution.effect, resolution.version) = (item.councilID, try item.requireID(), effect!, 1)
        (resolution.moved, resolution.finalWording) = (moved!, moved!)
        try await db.write { db in
            try await resolution.create(on: db)
            try await ResolutionEffects.apply(planned, to: resolution, reference: reference, council: council, by: signedIn, on: db)
            try await AuditTrail.record(.create, resolution, before: nil, by: signedIn, on: db)
        }
    }

    /// An amendment moved to the resolution; when carried, its wording becomes the resolution's.
    static func amend(_ resolution: Resolution, _ input: ResolutionInput, by signedIn: SignedIn, on db: Database) async throws {
        var check = FormCheck()
        let movedBy = check.required("movedBy", input.movedBy, label: "Moved by")
        let wording = check.required("wording", input.wording, label: "The resolution as amended", max: 8000)
        if let wording, wording == resolution.finalWording { check.add("wording", "The amended wording is the same as the resolution's") }
        try check.orThrow()
        let carried = input.carried == "yes"
        let count = try await Amendment.query(on: db).filter(\.$resolutionID == resolution.requireID()).count()
        let amendment = Amendment()
        (amendment.resolutionID, amendment.position, amendment.movedBy) = (try resolution.requireID(), count + 1, movedBy!)
        (amendment.before, amendment.after, amendment.carried) = (resolution.finalWording, wording!, carried)
        try await db.write { db in
            try await amendment.create(on: db)
            guard carried else { return }
            let before = try AuditTrail.snapshot(resolution)
            (resolution.finalWording, resolution.version) = (wording!, resolution.version + 1)
            try await resolution.update(on: db)
            try await AuditTrail.record(.update, resolution, before: before, by: signedIn, on: db)
        }
    }

    /// "Cabinet, 10 November 2026, minute 4": how delegations and plans name the resolution.
    static func reference(_ item: AgendaItem, meeting: Meeting, on db: Database) async throws -> String {
        let committee = try await Committee.find(meeting.committeeID, on: db)?.name ?? "Meeting"
        return "\(committee), \(UKTime.day(of: meeting.startsAt).long), minute \(item.number)"
    }
}

extension Resolution: Audited {
    static let auditType = "resolution"
    var auditTitle: String { "Resolution" }
    var auditCouncilID: UUID? { councilID }
}

extension FollowUp: Audited {
    static let auditType = "follow-up"
    var auditTitle: String { title }
    var auditCouncilID: UUID? { councilID }
}
