import BeaconDomain
import Foundation
import Plot
import ZIPFoundation

/// Builds a subject access export: `summary.html` for the person to read, one JSON file per
/// kind of record (each row's columns as text, in the store's order), and `files/` with any
/// attached documents found.
enum SubjectAccessArchive {
    static func make(terms: PersonTerms, found: [PersonSearch.Found], files: [AttachedDocument],
                     council: String, at now: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ data: Data) throws {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: now,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let summary = SubjectAccessSummary(terms: terms, found: found, files: files, council: council, at: now)
        try add("summary.html", Data(summary.render().utf8))
        for table in found {
            try add("\(table.table).json", try json(table.rows))
        }
        for file in files {
            try add("files/\(file.id?.uuidString ?? "file")-\(safe(file.fileName))", file.fileBytes)
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }

    /// The rows as a JSON array of objects, keys in the table's column order.
    static func json(_ rows: [PersonSearch.Row]) throws -> Data {
        let objects = rows.map { row in
            Dictionary(row.values.map { ($0.column, $0.value.map { $0 as Any } ?? NSNull()) },
                       uniquingKeysWith: { first, _ in first })
        }
        return try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
    }

    /// A file name with nothing that could climb out of `files/` in an unzipping program.
    static func safe(_ name: String) -> String {
        let kept = name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "_" }
        let text = String(kept).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return text.isEmpty ? "file" : String(text.prefix(100))
    }
}
