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

/// Reads deadlines from the phrasings councils use in business plans: `by end March 2005`,
/// `before end April 2004`, `no later than end December 2006`, `in July 2004 and November 2004`,
/// `by 31.07.04`, `31 July 2004`, `October 2004`, `Q3 2004/05`, `by 2005/06`. A month alone means
/// its last day; a quarter or financial year means the day it ends. Text that defers the date
/// elsewhere ("As set out in project plan", "To be defined in …") is not timed.
public enum DeadlineParser {
    /// Phrases that put the date somewhere else, so the target itself is not timed.
    public static let deferrals = ["as set out in", "as detailed in", "as per ", "to be defined", "to be determined",
                                   "to be agreed", "to be confirmed", "tbc", "tbd"]

    public static func parse(_ text: String) -> Deadline {
        let lowered = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        guard !lowered.isEmpty else { return .notTimed("There is no target date. Add one, for example “by end March 2026”.") }
        if let deferral = deferrals.first(where: { lowered.hasPrefix($0) || lowered.contains(" " + $0) }) {
            return .notTimed("“\(text.trimmingCharacters(in: .whitespacesAndNewlines))” puts the date elsewhere (\(deferral.trimmingCharacters(in: .whitespaces))). Write the date here, for example “by end March 2026”.")
        }
        var scanner = Scanner(tokens: tokenise(lowered))
        let dates = scanner.dates()
        guard !dates.isEmpty else {
            return .notTimed("No date could be read from “\(text.trimmingCharacters(in: .whitespacesAndNewlines))”. Write it like “by end March 2026”, “by 31.07.26” or “Q3 2026/27”.")
        }
        return .milestones(Array(Set(dates)).sorted())
    }

    static func tokenise(_ text: String) -> [String] {
        let separators = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;()–—"))
        return text.components(separatedBy: separators)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".:")) }
            .filter { !$0.isEmpty }
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

    /// A financial year written `2004/05` or `2004-05`: its first calendar year.
    static func financialYear(_ token: String) -> Int? {
        let parts = token.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, parts[0].count == 4, let first = Int(parts[0]),
              let second = Int(parts[1]), (parts[1].count == 2 || parts[1].count == 4), (second % 100) == (first + 1) % 100 else { return nil }
        return first
    }

    static func fullYear(_ token: String) -> Int? {
        guard token.count == 4, let year = Int(token), (1900...2200).contains(year) else { return nil }
        return year
    }

    /// `31.07.04`, `31/07/2004` or `2004-07-31`.
    static func numericDate(_ token: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: token) { return iso }
        let parts = token.split(whereSeparator: { $0 == "." || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let day = Int(parts[0]), let month = Int(parts[1]),
              parts[2].count == 2 || parts[2].count == 4, var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return CalendarDate(year: year, month: month, day: day)
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

/// Walks the words of a target, collecting each date it names.
private struct Scanner {
    let tokens: [String]
    var index = 0
    var pendingMonths: [Int] = []
    var found: [CalendarDate] = []

    init(tokens: [String]) { self.tokens = tokens }

    mutating func dates() -> [CalendarDate] {
        while index < tokens.count {
            step(tokens[index])
            index += 1
        }
        return found
    }

    func peek(_ offset: Int) -> String? { index + offset < tokens.count ? tokens[index + offset] : nil }

    private mutating func step(_ token: String) {
        let before = index > 0 && tokens[index - 1] == "before"
        if let date = DeadlineParser.numericDate(token) {
            found.append(before ? date.adding(days: -1) : date)
        } else if token.count == 2, token.first == "q", let quarter = Int(token.dropFirst()), (1...4).contains(quarter),
                  let next = peek(1), let year = DeadlineParser.financialYear(next) {
            found += [DeadlineParser.quarterEnd(quarter, financialYear: year)].compactMap { $0 }
            index += 1
        } else if let year = DeadlineParser.financialYear(token) {
            found += [CalendarDate(year: year + 1, month: 3, day: 31)].compactMap { $0 }
        } else if let day = DeadlineParser.dayOfMonth(token), let monthWord = peek(1), let month = DeadlineParser.months[monthWord],
                  let yearWord = peek(2), let year = DeadlineParser.fullYear(yearWord), let date = CalendarDate(year: year, month: month, day: day) {
            found.append(before ? date.adding(days: -1) : date)
            index += 2
        } else if let month = DeadlineParser.months[token] {
            pendingMonths.append(month)
        } else if let year = DeadlineParser.fullYear(token), !pendingMonths.isEmpty {
            found += pendingMonths.compactMap { CalendarDate(year: year, month: $0, day: 1)?.endOfMonth }
            pendingMonths = []
        } else if token != "and" && token != "&" {
            pendingMonths = []
        }
    }
}
