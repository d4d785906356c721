import Fluent
import Vapor

/// Where a page of an API list sits. Fluent's own metadata leaves out the page count that the
/// OpenAPI document promises.
struct APIPageMetadata: Content {
    let page: Int
    let per: Int
    let total: Int
    let pageCount: Int

    init(_ metadata: PageMetadata) {
        page = metadata.page
        per = metadata.per
        total = metadata.total
        pageCount = metadata.pageCount
    }
}

extension Request {
    /// `?page=` (from 1) and `?per=` (1 to 100, 50 unless asked); anything else is a 400 that
    /// says what to send, never a silent guess.
    func pageRequest() throws -> PageRequest {
        PageRequest(page: try queryNumber("page", default: 1, in: 1...1_000_000),
                    per: try queryNumber("per", default: 50, in: 1...100))
    }

    private func queryNumber(_ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = try? query.get(String.self, at: name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            let bounds = "from \(range.lowerBound) to \(range.upperBound)"
            throw Abort(.badRequest, reason: "“\(name)” must be a whole number \(bounds).")
        }
        return number
    }

    /// The JSON body of an API write: 400 when there is none, 415 when it is not JSON.
    func jsonBody<Body: Decodable>(_ type: Body.Type, noun: String) throws -> Body {
        guard let body = body.data, body.readableBytes > 0 else {
            throw Abort(.badRequest, reason: "Send the \(noun) as JSON in the body of the request.")
        }
        guard headers.contentType == .json else {
            throw Abort(.unsupportedMediaType, reason: "Send JSON, with the header Content-Type: application/json.")
        }
        return try content.decode(Body.self)
    }
}

/// A whole number as a form sends it (text) or as JSON does (a number), read as the text typed,
/// so one input serves both, and what the API returns can be sent back as it is.
struct WholeNumberText: Codable, Sendable {
    let text: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            text = String(number)
        } else {
            text = try container.decode(String.self)
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let number = Int(text) { try container.encode(number) } else { try container.encode(text) }
    }
}
