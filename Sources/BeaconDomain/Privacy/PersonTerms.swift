import Foundation

/// What identifies one person in a subject access search or an erasure: names, email addresses,
/// phone numbers. A record is about the person when any of its personal text contains one of
/// the terms, ignoring case; erasing replaces each such text.
public struct PersonTerms: Equatable, Sendable {
    /// The terms, trimmed, without repeats, longest first (so a longer term is replaced whole).
    public let terms: [String]

    /// Terms shorter than this would find half the council ("Li", "07").
    public static let shortest = 4

    /// What is put where erased text was.
    public static let erasedMark = "[erased]"

    public init(_ given: [String]) {
        var seen = Set<String>(), kept: [String] = []
        for term in given.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !term.isEmpty {
            if seen.insert(term.lowercased()).inserted { kept.append(term) }
        }
        terms = kept.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The terms too short to search with, to be refused with a message.
    public var tooShort: [String] { terms.filter { $0.count < Self.shortest } }

    public var isEmpty: Bool { terms.isEmpty }

    /// Adds the person's details found on a record (a reference's complainant, say).
    public func adding(_ more: [String?]) -> PersonTerms {
        PersonTerms(terms + more.compactMap { $0 }.filter { $0.count >= Self.shortest })
    }

    /// Whether the text contains any term, ignoring case.
    public func matches(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return terms.contains { lowered.contains($0.lowercased()) }
    }

    /// The text with every occurrence of every term replaced by the erased mark.
    public func redacting(_ text: String) -> String {
        terms.reduce(text) { text, term in
            text.replacingOccurrences(of: term, with: Self.erasedMark, options: [.caseInsensitive])
        }
    }

    /// A `LIKE` pattern finding the term anywhere, with `\` escaping the pattern's own symbols.
    public static func likePattern(_ term: String) -> String {
        let escaped = term.lowercased().replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%" + escaped + "%"
    }
}
