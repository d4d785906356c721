import Vapor

/// A file uploaded in a multipart form, streamed to a temporary file as it arrives so a file
/// of any size passes through flat memory; the form's other fields come with it.
struct StreamedUpload: Sendable {
    let fields: [String: String]
    let fileName: String
    let path: String

    /// Reads the request body. The `file` field goes to disk; other fields (small) to memory.
    static func receive(_ request: Request) async throws -> StreamedUpload {
        guard let boundary = request.headers.contentType?.parameters["boundary"] else {
            throw Abort(.badRequest, reason: "Send the file from the upload form (a multipart form).")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-upload-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw Abort(.internalServerError, reason: "Beacon cannot write the upload to its temporary folder.")
        }
        defer { try? handle.close() }
        let parts = PartReader(handle: handle)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { parts.header($0, $1) }
        parser.onBody = { parts.body(&$0) }
        parser.onPartComplete = { parts.complete() }
        do {
            for try await chunk in request.body { try parser.execute(chunk) }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw Abort(.badRequest, reason: "The upload was cut off or is not a form; try again.")
        }
        return StreamedUpload(fields: parts.fields, fileName: parts.fileName ?? "upload.csv", path: path)
    }

    func discard() { try? FileManager.default.removeItem(atPath: path) }
}

/// Collects a multipart body's parts as the parser reports them, within one request's task.
private final class PartReader {
    let handle: FileHandle
    var fields: [String: String] = [:]
    var fileName: String?
    private var name: String?
    private var value = ""

    init(handle: FileHandle) { self.handle = handle }

    func header(_ header: String, _ content: String) {
        guard header.lowercased() == "content-disposition" else { return }
        name = Self.parameter("name", in: content)
        if name == "file" { fileName = Self.parameter("filename", in: content) }
    }

    func body(_ buffer: inout ByteBuffer) {
        if name == "file" {
            handle.write(Data(buffer.readableBytesView))
        } else if value.utf8.count < 10_000 {
            value += buffer.readString(length: buffer.readableBytes) ?? ""
        }
    }

    func complete() {
        if let name, name != "file" { fields[name] = value }
        (name, value) = (nil, "")
    }

    private static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].lowercased() == key { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }
}
