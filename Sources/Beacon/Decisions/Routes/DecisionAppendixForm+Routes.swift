import BeaconDomain
import Fluent
import Vapor

extension DecisionAppendixForm {
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
              let appendix = try await AttachedDocument.query(on: request.db).filter(\.$id == id).filter(\.$noticeID == reading.notice.id!).first() else {
            throw Abort(.notFound, reason: "This notice has no such appendix.")
        }
        return AttachedFile.download(appendix)
    }
}
