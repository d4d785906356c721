import Foundation

/// What an action's target text says about when it will be done.
public enum Deadline: Equatable, Sendable {
    /// One or more dated milestones, earliest first ("in July 2004 and November 2004" is two).
    case milestones([CalendarDate])
    /// No date can be read; the reason says what to write instead.
    case notTimed(String)

    public var dates: [CalendarDate] {
        if case .milestones(let dates) = self { return dates }
        return []
    }

    /// The last milestone: the date by which the whole target is due.
    public var finalDate: CalendarDate? { dates.last }
}

/// Reads deadlines from target text as a person reads them (business-plans spec, "Timed").
///
/// - A day (`by 31.07.04`, `31 July 2004`, `by 1st August 2004`) is that day; `before` a day is
///   the day before, and `before` a month, season or year is the day before it starts.
/// - A month (`October 2004`, `by end March 2005`, `Mar-05`) means its last day; months listed
///   before one year (`in July and November 2004`) are a milestone each.
/// - `Q3 2004/05` or `Quarter 3 2004/05` is a financial quarter (Q1 ends 30 June); `Q2 2005`,
///   with a calendar year, is a calendar quarter (Q2 ends 30 June), as councils that date
///   milestones by calendar quarter write them.
/// - A financial year (`by 2005/06`, `during 2005-06`) ends on 31 March; a season ends with its
///   last month (spring May, summer August, autumn November, winter the February after);
///   `early`, `mid` and `late` a year end in April, August and December.
/// - A calendar year alone counts only after a word of time (`by 2030`, `in 2026`, `by the end of
///   2025`), so the year in "Freedom of Information Act 2000" is not a deadline.
/// - A year that names a document or a period's work ("the 2005/06 Performance Plan", "the
///   budget for 2026/27") is not a deadline, nor is the start of a span ("from April 2025",
///   "1 April 2025 to 31 March 2026" is due on its last day).
/// - A phrase that puts the date elsewhere ("as set out in the project plan", "to be agreed")
///   makes the target not timed only when no date is given with it.
public enum DeadlineParser {
    /// Phrases that put the date somewhere else, so the target itself is not timed.
    public static let deferrals = ["as set out in", "as detailed in", "as per ", "to be defined", "to be determined",
                                   "to be agreed", "to be confirmed", "tbc", "tbd"]

    public static func parse(_ text: String) -> Deadline {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        guard !lowered.isEmpty else {
            return .notTimed("There is no target date. Add one, for example “by end March 2026”.")
        }
        var scanner = DeadlineScanner(tokens: tokenise(lowered))
        let dates = scanner.dates()
        if !dates.isEmpty { return .milestones(Array(Set(dates)).sorted()) }
        if let deferral = deferral(in: lowered) {
            return .notTimed("“\(trimmed)” puts the date elsewhere (\(deferral)). "
                                + "Write the date here, for example “by end March 2026”.")
        }
        return .notTimed("No date could be read from “\(trimmed)”. "
                            + "Write it like “by end March 2026”, “by 31.07.26” or “Q3 2026/27”.")
    }

    /// The deferral phrase the text uses, if any, as a whole phrase ("tbc" is not inside "tbcx").
    static func deferral(in lowered: String) -> String? {
        let words = " " + tokenise(lowered).joined(separator: " ") + " "
        return deferrals.map { $0.trimmingCharacters(in: .whitespaces) }.first { words.contains(" \($0) ") }
    }

    static func tokenise(_ text: String) -> [String] {
        let separators = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",;()–—"))
        return text.components(separatedBy: separators)
            .flatMap(splitPartOfYear)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".:'’")) }
            .filter { !$0.isEmpty }
    }

    /// `mid-2025` and `end-March` are two words.
    private static func splitPartOfYear(_ token: String) -> [String] {
        for prefix in ["early-", "mid-", "late-", "end-"] where token.hasPrefix(prefix) && token.count > prefix.count {
            return [String(prefix.dropLast()), String(token.dropFirst(prefix.count))]
        }
        return [token]
    }

    static let months: [String: Int] = {
        var months: [String: Int] = [:]
        for (index, name) in CalendarDate.monthNames.enumerated() {
            months[name.lowercased()] = index + 1
            months[String(name.lowercased().prefix(3))] = index + 1
        }
        months["sept"] = 9
        return months
    }()

    /// A financial year written `2004/05`, `2004-05` or `2004/2005`: its first calendar year.
    static func financialYear(_ token: String) -> Int? {
        let parts = token.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, parts[0].count == 4, let first = Int(parts[0]),
              CalendarDate.supportedYears.contains(first),
              let second = Int(parts[1]), parts[1].count == 2 || parts[1].count == 4,
              second % 100 == (first + 1) % 100 else { return nil }
        return first
    }

    static func fullYear(_ token: String) -> Int? {
        guard token.count == 4, let year = Int(token), CalendarDate.supportedYears.contains(year) else { return nil }
        return year
    }

    /// `31.07.04`, `31/07/2004` or `2004-07-31`.
    static func numericDate(_ token: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: token) { return iso }
        let parts = token.split(whereSeparator: { $0 == "." || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
              let day = Int(parts[0]), let month = Int(parts[1]),
              parts[2].count == 2 || parts[2].count == 4, var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// A month with a year in one word, as spreadsheets write it: `Mar-05`, `March-2026`.
    static func monthAndYear(_ token: String) -> (month: Int, year: Int)? {
        let parts = token.split(separator: "-").map(String.init)
        guard parts.count == 2, let month = months[parts[0]], let number = Int(parts[1]) else { return nil }
        if parts[1].count == 2 { return (month, 2000 + number) }
        return fullYear(parts[1]).map { (month, $0) }
    }

    static func dayOfMonth(_ token: String) -> Int? {
        let digits = token.replacingOccurrences(of: #"(st|nd|rd|th)$"#, with: "", options: .regularExpression)
        guard digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// The last day of a financial quarter: Q1 ends 30 June, Q4 ends 31 March of the next year.
    static func quarterEnd(_ quarter: Int, financialYear start: Int) -> CalendarDate? {
        let month = quarter * 3 + 3
        return month > 12 ? CalendarDate(year: start + 1, month: month - 12, day: 1)?.endOfMonth
            : CalendarDate(year: start, month: month, day: 1)?.endOfMonth
    }
}
