/// Reads CSV (RFC 4180: commas, double-quoted fields with `""` for a quote, line breaks inside
/// quotes, CRLF, LF or CR line ends, an optional UTF-8 byte order mark) a chunk of bytes at a
/// time, so a file of any size is read in the memory of one chunk.
///
/// Written for call-record imports, which a library reading one Unicode scalar at a time made
/// several times slower than the database writes: this one finds each field's bytes and makes a
/// string of them at once. A field that is not UTF-8 stops the reading with a problem.
public struct CSVRows {
    /// Why the rest of a file cannot be read.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    private let nextChunk: () throws -> [UInt8]?
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var atStart = true

    /// `nextChunk` gives the file's bytes a chunk at a time, then nil (or an empty chunk).
    public init(nextChunk: @escaping () throws -> [UInt8]?) {
        self.nextChunk = nextChunk
    }

    /// The next row's fields; nil after the last. An empty line is one empty field.
    public mutating func next() throws -> [String]? {
        while true {
            if let (fields, end) = try row(from: position) {
                position = end
                return fields
            }
            if atEnd { return nil }
            try readChunk()
        }
    }

    private mutating func readChunk() throws {
        buffer.removeFirst(position)
        position = 0
        guard let chunk = try nextChunk(), !chunk.isEmpty else { return atEnd = true }
        buffer += chunk
        if atStart, buffer.count >= 3 {
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
            atStart = false
        }
    }

    /// The row starting at `start` and where the next begins; nil when the buffer ends first
    /// and more may come, or when nothing is left.
    private func row(from start: Int) throws -> ([String], Int)? {
        guard start < buffer.count else { return nil }
        return try buffer.withUnsafeBufferPointer { bytes in
            var fields: [String] = []
            var index = start
            while true {
                guard let (field, end) = try Self.field(bytes, from: index, final: atEnd) else { return nil }
                fields.append(field)
                index = end
                if index == bytes.count {
                    return atEnd ? (fields, index) : nil
                }
                switch bytes[index] {
                case Self.comma: index += 1
                case Self.lineFeed: return (fields, index + 1)
                default:
                    if index + 1 == bytes.count && !atEnd { return nil }
                    return (fields, index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed ? index + 2 : index + 1)
                }
            }
        }
    }

    /// One field from `start` and the index of the comma or line end after it; nil when the
    /// buffer ends inside a quoted field and more may come.
    private static func field(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, final: Bool) throws -> (String, Int)? {
        var index = start
        guard index < bytes.count, bytes[index] == quote else {
            while index < bytes.count, !isEnd(bytes[index]) { index += 1 }
            // Cut off by the chunk's end, perhaps inside a character: wait for the rest.
            if index == bytes.count && !final { return nil }
            return (try text(UnsafeBufferPointer(rebasing: bytes[start..<index])), index)
        }
        var unquoted: [UInt8] = []
        index += 1
        while true {
            guard index < bytes.count else { return final ? (try text(unquoted), index) : nil }
            if bytes[index] != quote {
                unquoted.append(bytes[index])
                index += 1
            } else if index + 1 == bytes.count && !final {
                return nil
            } else if index + 1 < bytes.count && bytes[index + 1] == quote {
                unquoted.append(quote)
                index += 2
            } else {
                index += 1
                break
            }
        }
        // Anything between the closing quote and the comma is kept, as spreadsheets do.
        while index < bytes.count, !isEnd(bytes[index]) {
            unquoted.append(bytes[index])
            index += 1
        }
        if index == bytes.count && !final { return nil }
        return (try text(unquoted), index)
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        // Plain ASCII, nearly every field of a call record, needs no validating.
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Problem(description: "the file is not UTF-8 text") }
        return text
    }

    private static func text(_ bytes: [UInt8]) throws -> String {
        try bytes.withUnsafeBufferPointer { try text($0) }
    }

    private static func isEnd(_ byte: UInt8) -> Bool { byte == comma || byte == lineFeed || byte == carriageReturn }
    private static let comma: UInt8 = 44, quote: UInt8 = 34, lineFeed: UInt8 = 10, carriageReturn: UInt8 = 13
}
