/// Reading the period labels councils write.
extension ReportingPeriod {
    /// Reads `2004/05`, `2004-05`, `2004/2005`, `2004/05 Q1`, `Q1 2004/05`, `2004/05 H2`,
    /// `April 2004`, `Apr 2004` (any case, extra spaces ignored). Nil for anything else,
    /// including years that are not consecutive (`2004/06`).
    public init?(label text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String($0).lowercased() }
        switch words.count {
        case 1:
            guard let year = Self.financialYear(words[0]) else { return nil }
            self.init(kind: .year, startYear: year, index: 1)
        case 2:
            if let month = Self.monthNumber(words[0]), let calendarYear = Int(words[1]), words[1].count == 4 {
                guard let first = CalendarDate(year: calendarYear, month: month, day: 1) else { return nil }
                self.init(containing: first, kind: .month)
            } else if let year = Self.financialYear(words[0]), let (kind, index) = Self.part(words[1]) {
                self.init(kind: kind, startYear: year, index: index)
            } else if let year = Self.financialYear(words[1]), let (kind, index) = Self.part(words[0]) {
                self.init(kind: kind, startYear: year, index: index)
            } else {
                return nil
            }
        default:
            return nil
        }
    }

    private static func financialYear(_ word: String) -> Int? {
        let pieces = word.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        guard pieces.count == 2, pieces[0].count == 4, let first = Int(pieces[0]), let second = Int(pieces[1]) else { return nil }
        switch pieces[1].count {
        case 2: return second == (first + 1) % 100 ? first : nil
        case 4: return second == first + 1 ? first : nil
        default: return nil
        }
    }

    private static func part(_ word: String) -> (PeriodKind, Int)? {
        guard let letter = word.first, word.count == 2, let index = Int(word.dropFirst()) else { return nil }
        switch letter {
        case "q": return (1...4).contains(index) ? (.quarter, index) : nil
        case "h": return (1...2).contains(index) ? (.half, index) : nil
        default: return nil
        }
    }

    private static func monthNumber(_ word: String) -> Int? {
        let names = CalendarDate.monthNames.map { $0.lowercased() }
        if let full = names.firstIndex(of: word) { return full + 1 }
        if word.count == 3, let short = names.firstIndex(where: { $0.hasPrefix(word) }) { return short + 1 }
        return nil
    }
}
