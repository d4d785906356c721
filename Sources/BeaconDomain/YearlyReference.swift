/// References numbered per council and calendar year from 1: `CM/2026/07`, `SR-2026-000123`,
/// `CP-2026-0007`. Compared as text in Swift, as a database's collation may order punctuation
/// unlike plain text; references of the year that do not end in a number are passed over.
public enum YearlyReference {
    public static func next(prefix: String, digits: Int, after existing: [String]) -> String {
        let numbers = existing.filter { $0.hasPrefix(prefix) }.compactMap { Int($0.dropFirst(prefix.count)) }
        return prefix + String(format: "%0\(digits)d", (numbers.max() ?? 0) + 1)
    }
}
