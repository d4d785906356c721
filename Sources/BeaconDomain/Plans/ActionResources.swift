import Foundation

/// Officer time given to an action: `10 days – Policy Officer`.
public struct RoleDays: Equatable, Codable, Sendable {
    public let days: Decimal
    public let role: String

    public init(days: Decimal, role: String) {
        self.days = days
        self.role = role
    }

    public var text: String { "\(days) day\(days == 1 ? "" : "s") – \(role)" }
}

/// The resources behind an action: officer-days by role and a cost in pence. Either may be
/// unknown (`nil`), which is not the same as none: `[]` days and a cost of 0 are stated as nil.
public struct ActionResources: Equatable, Codable, Sendable {
    public let officerDays: [RoleDays]?
    public let costPence: Int?

    public init(officerDays: [RoleDays]?, costPence: Int?) {
        self.officerDays = officerDays
        self.costPence = costPence
    }

    public static let unknown = ActionResources(officerDays: nil, costPence: nil)

    /// Whether anything is stated, so the action counts as resourced (achievable).
    public var isStated: Bool { officerDays != nil || costPence != nil }

    /// As a plan prints it: `10 days – Policy Officer; 5 days – Research Officer; £2,500`, with
    /// `To be determined` and `£??` for what is unknown.
    public var text: String {
        let days = officerDays.map { $0.isEmpty ? "No officer time" : $0.map(\.text).joined(separator: "; ") } ?? "To be determined"
        let cost = costPence.map { Money.pounds($0) } ?? "£??"
        return "\(days); \(cost)"
    }

    /// Reads the officer-days box: one `N days – role` per line; empty or `To be determined`
    /// is unknown, `None` is none. Throws a message naming the line it could not read.
    public static func parseDays(_ text: String) throws(ResourceReadingError) -> [RoleDays]? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        if trimmed.isEmpty || lowered == "to be determined" || lowered == "tbd" || lowered == "unknown" { return nil }
        if lowered == "none" || lowered == "0" { return [] }
        return try trimmed.split(whereSeparator: { $0.isNewline || $0 == ";" }).map { line throws(ResourceReadingError) in
            try parseLine(line.trimmingCharacters(in: .whitespaces))
        }
    }

    private static func parseLine(_ line: String) throws(ResourceReadingError) -> RoleDays {
        let pattern = #"^([0-9]+(\.[0-9]+)?)\s*days?\s*[-–—:]?\s*(.+)$"#
        guard let match = line.range(of: pattern, options: [.regularExpression, .caseInsensitive]), match == line.startIndex..<line.endIndex else {
            throw ResourceReadingError(line: line)
        }
        let number = line.prefix { $0.isNumber || $0 == "." }
        var rest = line.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        rest = rest.replacingOccurrences(of: #"^days?\s*[-–—:]?\s*"#, with: "", options: [.regularExpression, .caseInsensitive])
        guard let days = Decimal(string: String(number)), !rest.isEmpty else { throw ResourceReadingError(line: line) }
        return RoleDays(days: days, role: rest)
    }
}

/// A line of the officer-days box that is not `N days – role`.
public struct ResourceReadingError: Error, Equatable {
    public let line: String

    public init(line: String) { self.line = line }

    public var message: String { "“\(line)” is not in the form “10 days – Policy Officer”" }
}
