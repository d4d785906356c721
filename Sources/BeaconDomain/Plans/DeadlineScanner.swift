/// Walks the words of a target, collecting each deadline it names (rules on `DeadlineParser`).
struct DeadlineScanner {
    /// A stretch of time the words name, from its first day to its last.
    struct Span {
        enum Kind { case day, month, quarter, season, financialYear, calendarYear }
        let kind: Kind
        let first: CalendarDate
        let last: CalendarDate
        /// How many words it took.
        let words: Int
    }

    let tokens: [String]
    private var index = 0
    private var pendingMonths: [Int] = []
    private var found: [CalendarDate] = []

    init(tokens: [String]) { self.tokens = tokens }

    /// Words of time after which a bare calendar year is a deadline.
    static let timeWords: Set<String> = ["by", "in", "during", "before", "until", "till", "end", "throughout", "within"]
    /// Words before a date that make it the start of a span, not a deadline.
    static let startWords: Set<String> = ["from", "since", "commencing", "starting", "between", "w/c"]
    /// Words between two dates that make the first the start of a span.
    static let spanWords: Set<String> = ["to", "until", "till"]
    /// Words before a year that make it the name of something ("the 2005/06 plan", "budget for 2026/27").
    static let namingWords: Set<String> = ["the", "our", "its", "this", "that", "their", "for", "each"]
    /// Words after a year that make it part of a document's or a body of work's name.
    static let documentWords: Set<String> = [
        "plan", "plans", "strategy", "budget", "budgets", "report", "reports", "programme", "programmes", "review",
        "accounts", "statement", "policy", "framework", "charter", "agreement", "contract", "survey", "settlement",
        "estimates", "outturn", "bid", "scheme", "allocation", "audit", "inspection", "census", "act", "performance",
        "service", "business", "corporate", "annual", "capital", "revenue", "spending", "delivery", "improvement",
        "council", "local", "action", "best", "medium", "targets", "results", "data", "figures", "edition", "version",
    ]
    /// Words after a year that say it is a stretch of time, whatever came before ("the 2025/26 financial year").
    static let periodWords: Set<String> = ["financial", "year", "municipal"]

    mutating func dates() -> [CalendarDate] {
        while index < tokens.count {
            if let span = span(at: index) {
                take(span)
                index += span.words
            } else {
                note(tokens[index])
                index += 1
            }
        }
        return found
    }

    private func word(_ offset: Int) -> String? {
        let at = index + offset
        return tokens.indices.contains(at) ? tokens[at] : nil
    }

    /// A month named without a year waits for the year that follows ("July and November 2004").
    private mutating func note(_ token: String) {
        if let month = DeadlineParser.months[token] {
            pendingMonths.append(month)
        } else if !["and", "&", "or", "end", "of"].contains(token) {
            pendingMonths = []
        }
    }

    private mutating func take(_ span: Span) {
        defer { pendingMonths = [] }
        if let previous = word(-1), Self.startWords.contains(previous) { return }
        if let between = word(span.words), Self.spanWords.contains(between), following(after: span) { return }
        if span.kind == .financialYear || span.kind == .calendarYear, names(span) { return }
        if word(-1) == "before" {
            found.append(span.first.adding(days: -1))
            return
        }
        if span.kind == .month {
            found += pendingMonths.compactMap { CalendarDate(year: span.last.year, month: $0, day: 1)?.endOfMonth }
        }
        found.append(span.last)
    }

    /// Whether another date follows the word after `span` ("1 April 2025 to 31 March 2026").
    private func following(after span: Span) -> Bool {
        var ahead = self
        ahead.index = index + span.words + 1
        return ahead.index < tokens.count && ahead.span(at: ahead.index) != nil
    }

    /// Whether a year names a document or a body of work rather than a deadline.
    private func names(_ span: Span) -> Bool {
        let next = word(span.words)
        if let next, Self.periodWords.contains(next) { return false }
        if let next, Self.documentWords.contains(next) { return true }
        if let previous = word(-1), Self.namingWords.contains(previous) { return true }
        return false
    }

    /// The span that starts at word `at`, if one does.
    func span(at at: Int) -> Span? {
        let token = tokens[at]
        let next = at + 1 < tokens.count ? tokens[at + 1] : nil
        let afterNext = at + 2 < tokens.count ? tokens[at + 2] : nil
        if let date = DeadlineParser.numericDate(token) { return Span(kind: .day, first: date, last: date, words: 1) }
        if let quarter = quarter(token, next),
           let span = quarterSpan(quarter.number, year: quarter.words == 2 ? afterNext : next, words: quarter.words) {
            return span
        }
        if let start = DeadlineParser.financialYear(token) { return financialYear(start, words: 1) }
        if let day = DeadlineParser.dayOfMonth(token),
           let span = daySpan(day, rest: Array(tokens[(at + 1)...].prefix(3))) {
            return span
        }
        if let (month, year) = DeadlineParser.monthAndYear(token) { return monthSpan(month, year, words: 1) }
        if let month = DeadlineParser.months[token], let next, let year = DeadlineParser.fullYear(next) {
            return monthSpan(month, year, words: 2)
        }
        if let next, let span = seasonOrPart(token, next) { return span }
        if let year = DeadlineParser.fullYear(token), afterTimeWord(at) {
            return CalendarDate(year: year, month: 1, day: 1).flatMap { first in
                CalendarDate(year: year, month: 12, day: 31)
                    .map { Span(kind: .calendarYear, first: first, last: $0, words: 1) }
            }
        }
        return nil
    }

    /// `q3` or `quarter 3`: the quarter's number and how many words it took.
    private func quarter(_ token: String, _ next: String?) -> (number: Int, words: Int)? {
        if token.count == 2, token.first == "q", let number = Int(token.dropFirst()), (1...4).contains(number) {
            return (number, 1)
        }
        if token == "quarter", let next, let number = Int(next), (1...4).contains(number) { return (number, 2) }
        return nil
    }

    private func quarterSpan(_ number: Int, year word: String?, words: Int) -> Span? {
        guard let word else { return nil }
        if let start = DeadlineParser.financialYear(word),
           let last = DeadlineParser.quarterEnd(number, financialYear: start),
           let first = CalendarDate(year: last.year, month: last.month - 2, day: 1) {
            return Span(kind: .quarter, first: first, last: last, words: words + 1)
        }
        guard let year = DeadlineParser.fullYear(word),
              let first = CalendarDate(year: year, month: number * 3 - 2, day: 1),
              let end = CalendarDate(year: year, month: number * 3, day: 1) else { return nil }
        return Span(kind: .quarter, first: first, last: end.endOfMonth, words: words + 1)
    }

    private func financialYear(_ start: Int, words: Int) -> Span? {
        guard let first = CalendarDate(year: start, month: 4, day: 1),
              let last = CalendarDate(year: start + 1, month: 3, day: 31) else { return nil }
        return Span(kind: .financialYear, first: first, last: last, words: words)
    }

    /// Each season's first month and how many months it lasts: winter runs from December into the next year.
    static let seasons: [String: Int] = ["spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12]
    /// Each third of a year: `early 2026` is January to April.
    static let partsOfYear: [String: Int] = ["early": 1, "mid": 5, "late": 9]

    /// `spring 2026`, `spring/summer 2026` (the later season), `winter 2025/26`, `early 2026`, `mid-2026`.
    private func seasonOrPart(_ token: String, _ next: String) -> Span? {
        let named = token.split(separator: "/").last.map(String.init) ?? token
        guard let firstMonth = Self.seasons[named] ?? Self.partsOfYear[token],
              let year = DeadlineParser.fullYear(next)
                ?? (named == "winter" ? DeadlineParser.financialYear(next) : nil),
              let first = CalendarDate(year: year, month: firstMonth, day: 1) else { return nil }
        // A season is three months, a third of a year four; winter's last month, 14, is February next year.
        let lastMonth = firstMonth + (Self.seasons[named] == nil ? 4 : 3) - 1
        guard let last = CalendarDate(year: year + (lastMonth - 1) / 12, month: (lastMonth - 1) % 12 + 1, day: 1) else {
            return nil
        }
        return Span(kind: .season, first: first, last: last.endOfMonth, words: 2)
    }

    /// `31 July 2004`, `1st of August 2004`.
    private func daySpan(_ day: Int, rest: [String]) -> Span? {
        let words = rest.first == "of" ? Array(rest.dropFirst()) : rest
        guard words.count >= 2, let month = DeadlineParser.months[words[0]],
              let year = DeadlineParser.fullYear(words[1]),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return Span(kind: .day, first: date, last: date, words: rest.first == "of" ? 4 : 3)
    }

    private func monthSpan(_ month: Int, _ year: Int, words: Int) -> Span? {
        CalendarDate(year: year, month: month, day: 1)
            .map { Span(kind: .month, first: $0, last: $0.endOfMonth, words: words) }
    }

    /// Whether a bare year at word `at` follows a word of time, perhaps through "the" and "of".
    private func afterTimeWord(_ at: Int) -> Bool {
        var before = at - 1
        while before >= 0, ["the", "of"].contains(tokens[before]) { before -= 1 }
        return before >= 0 && Self.timeWords.contains(tokens[before])
    }
}
