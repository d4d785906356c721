import BeaconDomain
import Foundation
import Vapor
import XMLCoder

/// The format an Open311 address asks for by its suffix, `.json` or `.xml`, and the answers in it.
enum Open311Format: String, Sendable {
    case json
    case xml

    static let xmlKey = CodingUserInfoKey(rawValue: "beacon.open311.xml")!

    /// The name and format of the last part of a path, `BULKY_WASTE.xml`; nil without a known suffix.
    static func split(_ component: String) -> (name: String, format: Open311Format)? {
        guard let dot = component.lastIndex(of: "."),
              let format = Open311Format(rawValue: String(component[component.index(after: dot)...])) else {
            return nil
        }
        return (String(component[..<dot]), format)
    }

    /// An answer: `root` names the XML document's element (`services`, `service_requests`…).
    func response<Value: Encodable>(_ value: Value, root: String, status: HTTPResponseStatus = .ok) throws -> Response {
        var headers = HTTPHeaders()
        let data: Data
        switch self {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            data = try encoder.encode(value)
            headers.contentType = .json
        case .xml:
            let encoder = XMLEncoder()
            encoder.userInfo[Self.xmlKey] = true
            data = try encoder.encode(value, withRootKey: root, header: XMLHeader(version: 1.0, encoding: "UTF-8"))
            headers.contentType = .xml
        }
        headers.contentType?.parameters["charset"] = "utf-8"
        return Response(status: status, headers: headers, body: .init(data: data))
    }

    /// Open311's list of errors, each with its HTTP status as its code.
    func errors(_ status: HTTPResponseStatus, _ descriptions: [String]) -> Response {
        let list = Open311.List(items: descriptions.map { Open311.Error(code: Int(status.code), description: $0) },
                                element: "error")
        return (try? response(list, root: "errors", status: status)) ?? Response(status: status)
    }

    /// A date-time as the standard writes it: ISO 8601 with London's offset.
    static func datetime(_ instant: Date) -> String {
        instant.formatted(Date.ISO8601FormatStyle(timeZone: UKTime.zone))
    }
}

/// A refusal in Open311's terms: a status and one or more descriptions. Thrown outside the
/// Open311 addresses (the residents' pages), it is an ordinary refusal with that status.
struct Open311Problem: AbortError, Sendable {
    var reason: String { descriptions.joined(separator: " ") }

    let status: HTTPResponseStatus
    let descriptions: [String]

    init(_ status: HTTPResponseStatus, _ descriptions: String...) {
        self.status = status
        self.descriptions = descriptions
    }

    init(_ status: HTTPResponseStatus, list: [String]) {
        self.status = status
        self.descriptions = list
    }
}
