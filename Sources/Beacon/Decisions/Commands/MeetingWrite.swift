import BeaconDomain
import Fluent
import Vapor

/// What the meeting forms send.
struct MeetingItemInput: Content {
    var title: String?
    var author: String?
    var report: String?
    var followUp: String?
    var key: String?
    var minutes: String?
    var version: Int?
}

struct AttendanceInput: Content {
    var councillor: String?
    var attendance: String?
}

struct DeclarationInput: Content {
    var member: String?
    var item: String?
    var kind: String?
    var interest: String?
}

/// The one place a meeting's agenda, minutes, attendance and declarations are written; each
/// write is checked, in a transaction and audited. Resolutions are `ResolutionWrite`.
enum MeetingWrite {
    /// An item numbered after the meeting's last, not yet saved.
    static func newItem(in meeting: Meeting, title: String, author: String, report: String, on db: Database) async throws -> AgendaItem {
        let last = try await AgendaItem.query(on: db).filter(\.$meetingID == meeting.requireID()).sort(\.$number, .descending).first()?.number ?? 0
        let item = AgendaItem()
        (item.councilID, item.meetingID, item.number, item.title) = (meeting.councilID, try meeting.requireID(), last + 1, title)
        (item.reportAuthor, item.report, item.minutes, item.isKey, item.version) = (author, report, "", false, 1)
        return item
    }

    static func addItem(to meeting: Meeting, _ input: MeetingItemInput, by signedIn: SignedIn, on db: Database) async throws {
        var check = FormCheck()
        let title = check.required("title", input.title, label: "Title", max: 300)
        let author = check.required("author", input.author, label: "Report of", max: 300)
        let report = check.optional("report", input.report, label: "Report", max: 20000) ?? ""
        let followUpID = check.optionalID("followUp", input.followUp, label: "Follow-up it presents")
        let followUp: FollowUp? = if let followUpID {
            try await FollowUp.query(on: db).filter(\.$id == followUpID).filter(\.$councilID == meeting.councilID).filter(\.$presentedOn == nil).first()
        } else { nil }
        if followUpID != nil && followUp == nil { check.add("followUp", "Choose a report still awaited from the list") }
        try check.orThrow()
        try await db.write { db in
            let item = try await newItem(in: meeting, title: title!, author: author!, report: report, on: db)
            (item.followUpID, item.isKey) = (followUpID, input.key == "yes")
            try await item.create(on: db)
            try await AuditTrail.record(.create, item, before: nil, by: signedIn, on: db)
            if let followUp { try await FollowUpWrite.present(followUp, at: meeting, by: signedIn, on: db) }
        }
    }

    static func recordMinutes(_ item: AgendaItem, _ input: MeetingItemInput, by signedIn: SignedIn, on db: Database) async throws {
        guard let version = input.version else { throw ValidationFailed(field: "version", "Send the version of the item you are changing") }
        var check = FormCheck()
        let minutes = check.required("minutes", input.minutes, label: "Minutes", max: 20000)
        try check.orThrow()
        try await db.write { db in
            let before = try AuditTrail.snapshot(item)
            try await RecordWrite.claimVersion(of: AgendaItem.schema, id: item.requireID(), expecting: version, noun: "agenda item", on: db)
            (item.minutes, item.version) = (minutes!, version + 1)
            try await item.update(on: db)
            try await AuditTrail.record(.update, item, before: before, by: signedIn, on: db)
        }
    }

    static func recordAttendance(at meeting: Meeting, _ input: AttendanceInput, by signedIn: SignedIn, on db: Database) async throws {
        var check = FormCheck()
        let member = try await councillor(input.councillor, field: "councillor", council: meeting.councilID, &check, on: db)
        let attendance: Attendance? = check.choice("attendance", input.attendance, label: "Attendance")
        try check.orThrow()
        try await db.write { db in
            let existing = try await MeetingAttendance.query(on: db).filter(\.$meetingID == meeting.requireID()).filter(\.$councillorID == member!).first()
            let row = existing ?? MeetingAttendance()
            let before = try existing.map(AuditTrail.snapshot)
            (row.councilID, row.meetingID, row.councillorID, row.attendance) = (meeting.councilID, try meeting.requireID(), member!, attendance!)
            try await row.save(on: db)
            try await AuditTrail.record(existing == nil ? .create : .update, row, before: before, by: signedIn, on: db)
        }
    }

    static func declare(at meeting: Meeting, _ input: DeclarationInput, by signedIn: SignedIn, on db: Database) async throws {
        var check = FormCheck()
        let member = try await councillor(input.member, field: "member", council: meeting.councilID, &check, on: db)
        let itemID = check.optionalID("item", input.item, label: "Item")
        if let itemID, try await AgendaItem.query(on: db).filter(\.$id == itemID).filter(\.$meetingID == meeting.requireID()).count() == 0 {
            check.add("item", "Choose an item of this meeting")
        }
        let kind: InterestKind? = check.choice("kind", input.kind, label: "Kind of interest")
        let interest = check.required("interest", input.interest, label: "The interest", max: 2000)
        try check.orThrow()
        let declaration = InterestDeclaration()
        (declaration.councilID, declaration.meetingID, declaration.itemID) = (meeting.councilID, try meeting.requireID(), itemID)
        (declaration.councillorID, declaration.kind, declaration.interest) = (member!, kind!, interest!)
        try await db.write { db in
            try await declaration.create(on: db)
            try await AuditTrail.record(.create, declaration, before: nil, by: signedIn, on: db)
        }
    }

    private static func councillor(_ text: String?, field: String, council: UUID, _ check: inout FormCheck, on db: Database) async throws -> UUID? {
        let id = check.requiredID(field, text, label: "Member")
        if id != nil, try await !db.exists(Councillor.self, id, council: council, councilField: \.$councilID) {
            check.add(field, "Choose a member from the list")
        }
        return id
    }
}

extension AgendaItem: Audited {
    static let auditType = "agenda item"
    var auditTitle: String { "Item \(number): \(title)" }
    var auditCouncilID: UUID? { councilID }
}

extension MeetingAttendance: Audited {
    static let auditType = "attendance"
    var auditTitle: String { attendance.title }
    var auditCouncilID: UUID? { councilID }
}

extension InterestDeclaration: Audited {
    static let auditType = "declaration of interest"
    var auditTitle: String { "Declaration: \(interest)" }
    var auditCouncilID: UUID? { councilID }
}
