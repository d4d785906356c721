import BeaconDomain
import CSV
import Foundation
import Vapor

/// A list as open data: the same columns as CSV (with a header row, cells a spreadsheet would run
/// as formulas shown as text) or as JSON objects.
struct ExportTable {
    let columns: [String]
    let rows: [[String?]]

    func response(_ format: ExportFormat, filename: String) throws -> Response {
        var headers = HTTPHeaders()
        let body: String
        switch format {
        case .csv:
            headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            body = try csv()
        case .json, .html:
            headers.contentType = .json
            body = try json()
        }
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(filename).\(format == .csv ? "csv" : "json")\"")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    func csv() throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: columns)
        for row in rows { try writer.write(row: row.map { SpreadsheetCell.neutralised($0 ?? "") }) }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func json() throws -> String {
        let objects: [[String: Any]] = rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(columns, row.map { $0 as Any? ?? NSNull() }))
        }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }
}
