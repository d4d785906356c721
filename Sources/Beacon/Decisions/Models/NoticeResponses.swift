import BeaconDomain
import Fluent
import Vapor

/// Someone a notice was sent to when it was published: an officer or a member, named as they
/// were then.
final class NoticeConsultee: Model, @unchecked Sendable {
    static let schema = "notice_consultees"

    @ID(key: .id) var id: UUID?
    @Field(key: "notice_id") var noticeID: UUID
    @Coded(key: "role") var role: ConsulteeRole
    @OptionalField(key: "person_id") var personID: UUID?
    @OptionalField(key: "councillor_id") var councillorID: UUID?
    @Field(key: "name") var name: String

    init() {}
}

/// A representation made on an open notice.
final class NoticeRepresentation: Model, @unchecked Sendable {
    static let schema = "notice_representations"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "notice_id") var noticeID: UUID
    @Field(key: "name") var name: String
    @Field(key: "text") var text: String
    @Field(key: "made_at") var madeAt: Date

    init() {}
}

/// A member's request for referral to cabinet or call-in to scrutiny. Every request is kept;
/// the tally counts each member once.
final class MemberRequest: Model, @unchecked Sendable {
    static let schema = "notice_member_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "notice_id") var noticeID: UUID
    @Field(key: "councillor_id") var councillorID: UUID
    @Coded(key: "kind") var kind: MemberRequestKind
    @Field(key: "made_at") var madeAt: Date

    init() {}
}

/// One step in a notice's life, for the record: published, referred, decided, called in…
final class NoticeEvent: Model, @unchecked Sendable {
    static let schema = "notice_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "notice_id") var noticeID: UUID
    @Coded(key: "step") var step: NoticeStep
    @Field(key: "at") var at: Date
    @Field(key: "note") var note: String

    init() {}

    init(noticeID: UUID, step: NoticeStep, at: Date, note: String) {
        self.noticeID = noticeID
        self.step = step
        self.at = at
        self.note = note
    }
}

/// A file attached to a decision notice (an appendix) or to an agenda item (a document). The
/// bytes live in the database so a backup of the database holds everything.
final class AttachedDocument: Model, @unchecked Sendable {
    static let schema = "attached_documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @OptionalField(key: "notice_id") var noticeID: UUID?
    @OptionalField(key: "item_id") var itemID: UUID?
    @Field(key: "title") var title: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "media_type") var mediaType: String
    @Field(key: "size") var size: Int
    @Field(key: "file_bytes") var fileBytes: Data

    init() {}
}

extension NoticeRepresentation: Audited {
    static let auditType = "representation"
    var auditTitle: String { "Representation by \(name)" }
    var auditCouncilID: UUID? { councilID }
}

extension MemberRequest: Audited {
    static let auditType = "member request"
    var auditTitle: String { kind.title }
    var auditCouncilID: UUID? { councilID }
}

extension AttachedDocument: Audited {
    static let auditType = "attached document"
    var auditTitle: String { "\(title) (\(fileName))" }
    var auditCouncilID: UUID? { councilID }
}
