import BeaconDomain
import Fluent
import Plot
import Vapor

/// A file uploaded with a title — a notice's appendix, an agenda item's document — checked
/// against `AppendixRule`: 413 when too large, 415 for a refused type, 422 for a missing
/// title or file.
struct AttachedFile {
    struct Upload: Content {
        var title: String?
        var file: File?
    }

    /// Uploads may be a little over the rule's limit so the rule, not the server, explains.
    static let bodyLimit: ByteCount = "12mb"

    let title: String
    let fileName: String
    let mediaType: String
    let bytes: Data

    static func read(_ upload: Upload) throws -> AttachedFile {
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
        let name = (file.filename as NSString).lastPathComponent
        return AttachedFile(title: title!, fileName: name, mediaType: AppendixRule.types[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream",
                            bytes: bytes)
    }

    /// Saves the file against a notice or an agenda item, audited, in its own transaction.
    func store(council: UUID, notice: UUID? = nil, item: UUID? = nil, by signedIn: SignedIn, on db: Database) async throws {
        let document = AttachedDocument()
        (document.councilID, document.noticeID, document.itemID, document.title) = (council, notice, item, title)
        (document.fileName, document.mediaType, document.size, document.fileBytes) = (fileName, mediaType, bytes.count, bytes)
        try await db.write { db in
            try await document.create(on: db)
            try await AuditTrail.record(.create, document, before: nil, by: signedIn, on: db)
        }
    }

    /// Documents' details without their bytes, by title.
    static func listed(_ query: QueryBuilder<AttachedDocument>) async throws -> [AttachedDocument] {
        try await query.sort(\.$title).field(\.$id).field(\.$councilID).field(\.$noticeID).field(\.$itemID).field(\.$title)
            .field(\.$fileName).field(\.$mediaType).field(\.$size).all()
    }

    /// The response that downloads a stored document under its own name.
    static func download(_ document: AttachedDocument) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: document.mediaType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(document.fileName.replacingOccurrences(of: "\"", with: ""))\"")
        return Response(status: .ok, headers: headers, body: .init(data: document.fileBytes))
    }

    /// The upload form: a title and a file, posted as multipart.
    static func form(action: String, heading: String, token: String) -> Node<HTML.BodyContext> {
        let types = AppendixRule.types.keys.sorted().map { "." + $0 }.joined(separator: ", ")
        return .section(.h2(.text(heading)),
                        .form(.method(.post), .action(action), .enctype(.multipartData), FormView.tokenField(token),
                              FormView.field(for: FormField(name: "title", label: "Title", control: .text(max: 200),
                                                            hint: "For example Appendix A – Equality impact assessment", required: true), problem: nil),
                              .div(.class("field"),
                                   .label(.for("field-file"), .text("File")),
                                   .p(.id("field-file-hint"), .class("hint"), .text("\(types); at most \(AppendixRule.megabytes(AppendixRule().maximumBytes))")),
                                   .input(.type(.file), .id("field-file"), .name("file"), .attribute(named: "aria-describedby", value: "field-file-hint"),
                                          .attribute(named: "accept", value: types))),
                              .button(.type(.submit), .class("button button-secondary"), .text("Attach"))))
    }
}
