import BeaconDomain
import Fluent
import Vapor

/// Uploading a draft notice's appendices, and serving them to readers of the notice.
enum DecisionAppendixForm {
    static func upload(_ request: Request) async throws -> Response {
        let (reading, signedIn) = try await request.noticeForRunning()
        let file = try AttachedFile.read(try request.content.decode(AttachedFile.Upload.self))
        try await DecisionWrite.attach(file, to: reading.notice, by: signedIn, on: request.db)
        request.flash("The appendix is attached.")
        return request.redirect(to: SiteURL.decisionManage(council: reading.slug, reading.ref).path)
    }

    static func download(_ request: Request) async throws -> Response {
        let reading = try await request.noticeReading()
        guard let id = request.parameters.get("item", as: UUID.self),
              let appendix = try await NoticeAppendix.query(on: request.db).filter(\.$id == id).filter(\.$noticeID == reading.notice.id!).first() else {
            throw Abort(.notFound, reason: "This notice has no such appendix.")
        }
        return AttachedFile.download(fileName: appendix.fileName, mediaType: appendix.mediaType, bytes: appendix.fileBytes)
    }
}

extension DecisionWrite {
    /// Attaches a checked file to a draft notice.
    static func attach(_ file: AttachedFile, to notice: DecisionNotice, by signedIn: SignedIn, on db: Database) async throws {
        guard notice.storedStatus == .draft else { throw Abort(.conflict, reason: "Appendices are attached while the notice is a draft.") }
        let appendix = NoticeAppendix()
        (appendix.councilID, appendix.noticeID, appendix.title) = (notice.councilID, try notice.requireID(), file.title)
        (appendix.fileName, appendix.mediaType, appendix.size, appendix.fileBytes) = (file.fileName, file.mediaType, file.bytes.count, file.bytes)
        try await db.transaction { db in
            try await appendix.create(on: db)
            try await AuditTrail.record(.create, appendix, before: nil, by: signedIn, on: db)
        }
    }
}
