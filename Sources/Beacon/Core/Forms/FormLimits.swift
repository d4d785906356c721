import Vapor

/// What a form body or query string may hold before Vapor parses it. Vapor's form parser takes
/// time that grows with the square of the number of repeated keys (`a[]=1&a[]=1…`: 40,000 of
/// them took 15 seconds), and anyone can send a form before signing in, so every request's
/// form is measured first, in one pass over its bytes, and refused if it is out of bounds.
enum FormLimits {
    /// Far more fields than any Beacon form has (a long checkbox list has a few dozen).
    static let maxFields = 1_000
    static let maxKeyBytes = 200
    /// `a[b][c]` is two levels; Beacon's forms use one (`roles[]`).
    static let maxDepth = 4

    static func check(_ request: Request) throws {
        if let query = request.url.query { try check(query.utf8, in: "The address") }
        guard request.headers.contentType == .urlEncodedForm, let body = request.body.data else { return }
        try check(body.readableBytesView, in: "The form")
    }

    static func check<Bytes: Sequence<UInt8>>(_ bytes: Bytes, in what: String) throws {
        var fields = 1, keyBytes = 0, depth = 0, inKey = true
        var lastTwo: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"):
                fields += 1
                keyBytes = 0
                depth = 0
                inKey = true
                guard fields <= maxFields else { throw refusal("\(what) has more than \(maxFields) fields") }
            case UInt8(ascii: "=") where inKey:
                inKey = false
            case _ where inKey:
                keyBytes += 1
                // `[` arrives as itself or encoded as %5B.
                let afterPercent5 = lastTwo == (UInt8(ascii: "%"), UInt8(ascii: "5"))
                let encodedBracket = afterPercent5 && (byte | 0x20) == UInt8(ascii: "b")
                if byte == UInt8(ascii: "[") || encodedBracket { depth += 1 }
                guard keyBytes <= maxKeyBytes else {
                    throw refusal("\(what) has a field name longer than \(maxKeyBytes) characters")
                }
                guard depth <= maxDepth else {
                    throw refusal("\(what) has a field name nested more than \(maxDepth) deep")
                }
            default:
                break
            }
            lastTwo = (lastTwo.1, byte)
        }
    }

    private static func refusal(_ problem: String) -> Abort {
        Abort(.badRequest, reason: "\(problem), more than any of Beacon's forms sends. Go back and try again.")
    }
}
