import NIOCore
import SQLiteNIO

/// Rows of values for one prepared statement, laid out ahead of time for
/// `SQLiteFile.Statement.run(each:)`: their texts end to end in one buffer that SQLite reads
/// where it is. An import makes a batch's rows on its reading thread while the batch before is
/// written, so the writing thread copies nothing.
struct SQLiteRows: Sendable {
    enum Value: Sendable {
        case integer(Int64), float(Double), null
        /// Bytes of `bytes`, from `start`.
        case text(start: Int, count: Int), blob(start: Int, count: Int)
    }

    /// Values a row to bind in order.
    let width: Int
    private(set) var values: [Value] = []
    private(set) var bytes: [UInt8] = []

    init(width: Int, reservingRows rows: Int = 0) {
        self.width = width
        values.reserveCapacity(width * rows)
    }

    var count: Int { values.count / width }

    /// Adds a row, which must have `width` values.
    mutating func append(_ row: [SQLiteData]) {
        precondition(row.count == width, "A row of \(row.count) values for a statement of \(width)")
        for value in row {
            switch value {
            case .integer(let number): values.append(.integer(Int64(number)))
            case .float(let number): values.append(.float(number))
            case .null: values.append(.null)
            case .text(let text):
                let start = bytes.count
                bytes.append(contentsOf: text.utf8)
                values.append(.text(start: start, count: bytes.count - start))
            case .blob(let buffer):
                let start = bytes.count
                bytes.append(contentsOf: buffer.readableBytesView)
                values.append(.blob(start: start, count: bytes.count - start))
            }
        }
    }
}
