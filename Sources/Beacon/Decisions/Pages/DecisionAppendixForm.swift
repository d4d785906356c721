import BeaconDomain
import Fluent
import Plot
import Vapor

/// Uploading a draft notice's appendices, and serving them to readers of the notice.
struct DecisionAppendixForm {
    let reading: NoticeReading
    let token: String

    /// Uploads may be a little over the rule's limit so the rule, not the server, explains.
    static let bodyLimit: ByteCount = "12mb"

    struct Upload: Content {
        var title: String?
        var file: File?
    }

    func node() -> Node<HTML.BodyContext> {
        let types = AppendixRule.types.keys.sorted().map { "." + $0 }.joined(separator: ", ")
        return .section(.h2(.text("Add an appendix")),
                        .form(.method(.post), .action(SiteURL.decisionAppendices(council: reading.slug, reading.ref).path),
                              .enctype(.multipartData), FormView.tokenField(token),
                              FormView.field(for: FormField(name: "title", label: "Title", control: .text(max: 200),
                                                            hint: "For example Appendix A – Equality impact assessment", required: true), problem: nil),
                              .div(.class("field"),
                                   .label(.for("field-file"), .text("File")),
                                   .p(.id("field-file-hint"), .class("hint"), .text("\(types); at most \(AppendixRule.megabytes(AppendixRule().maximumBytes))")),
                                   .input(.type(.file), .id("field-file"), .name("file"), .attribute(named: "aria-describedby", value: "field-file-hint"),
                                          .attribute(named: "accept", value: types))),
                              .button(.type(.submit), .class("button button-secondary"), .text("Attach"))))
    }

    static func upload(_ request: Request) async throws -> Response {
        let (reading, signedIn) = try await request.noticeForRunning()
        let upload = try request.content.decode(Upload.self)
        try await DecisionWrite.attach(upload, to: reading.notice, by: signedIn, on: request.db)
        request.flash("The appendix is attached.")
        return request.redirect(to: SiteURL.decisionManage(council: reading.slug, reading.ref).path)
    }

    static func download(_ request: Request) async throws -> Response {
        let reading = try await request.noticeReading()
        guard let id = request.parameters.get("item", as: UUID.self),
              let appendix = try await NoticeAppendix.query(on: request.db).filter(\.$id == id).filter(\.$noticeID == reading.notice.id!).first() else {
            throw Abort(.notFound, reason: "This notice has no such appendix.")
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: appendix.mediaType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(appendix.fileName.replacingOccurrences(of: "\"", with: ""))\"")
        return Response(status: .ok, headers: headers, body: .init(data: appendix.fileBytes))
    }
}

extension DecisionWrite {
    /// Attaches a file to a draft, after the appendix rule: 413 when too large, 415 for a
    /// refused type, 422 for a missing title or file.
    static func attach(_ upload: DecisionAppendixForm.Upload, to notice: DecisionNotice, by signedIn: SignedIn, on db: Database) async throws {
        guard notice.storedStatus == .draft else { throw Abort(.conflict, reason: "Appendices are attached while the notice is a draft.") }
        var check = FormCheck()
        let title = check.required("title", upload.title, label: "Title")
        guard let file = upload.file, file.data.readableBytes > 0 || !file.filename.isEmpty else {
            check.add("file", "Choose a file to attach")
            throw ValidationFailed(check)
        }
        try check.orThrow()
        let bytes = Data(file.data.readableBytesView)
        let rule = AppendixRule()
        if let refusal = rule.refusal(fileName: file.filename, size: bytes.count, firstBytes: Array(bytes.prefix(512))) {
            throw Abort(bytes.count > rule.maximumBytes ? .payloadTooLarge : .unsupportedMediaType, reason: refusal)
        }
        let appendix = NoticeAppendix()
        (appendix.councilID, appendix.noticeID, appendix.title) = (notice.councilID, try notice.requireID(), title!)
        (appendix.fileName, appendix.size, appendix.fileBytes) = ((file.filename as NSString).lastPathComponent, bytes.count, bytes)
        appendix.mediaType = AppendixRule.types[(file.filename as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
        try await db.transaction { db in
            try await appendix.create(on: db)
            try await AuditTrail.record(.create, appendix, before: nil, by: signedIn, on: db)
        }
    }
}
