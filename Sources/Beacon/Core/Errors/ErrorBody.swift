import Vapor

/// The JSON shape of every error Beacon returns to API clients:
/// `{"error": {"code": 422, "message": "…", "fields": {"name": "Enter a name"}}}`.
struct ErrorBody: Content {
    struct Detail: Content {
        let code: Int
        let message: String
        let fields: [String: String]
    }

    let error: Detail
}

extension Request {
    /// API routes and clients that prefer JSON get JSON errors; browsers get pages.
    var wantsJSON: Bool {
        if url.path.hasPrefix("/api/") { return true }
        guard let best = headers.accept.mediaTypes.first else { return false }
        return best == .json
    }
}
