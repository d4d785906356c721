import Foundation

/// Collects what is wrong with a submitted form or JSON body, field by field, in words a
/// person can act on ("Enter a name", "Job title must be 200 characters or fewer").
public struct FormCheck: Sendable {
    /// Field name to message, in the order the problems were found.
    public private(set) var problems: [(field: String, message: String)] = []

    public init() {}

    public var isValid: Bool { problems.isEmpty }

    public mutating func add(_ field: String, _ message: String) {
        guard !problems.contains(where: { $0.field == field }) else { return }
        problems.append((field, message))
    }

    /// A required piece of text, trimmed; nil (and a problem noted) when it is missing or too long.
    public mutating func required(_ field: String, _ value: String?, label: String, max: Int = 200) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty else {
            add(field, "Enter \(label.lowercased())")
            return nil
        }
        return limited(field, trimmed, label: label, max: max)
    }

    /// Optional text, trimmed; an empty value becomes nil.
    public mutating func optional(_ field: String, _ value: String?, label: String, max: Int = 200) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !trimmed.isEmpty else { return nil }
        return limited(field, trimmed, label: label, max: max)
    }

    /// A required day written as `YYYY-MM-DD`.
    public mutating func requiredDate(_ field: String, _ value: String?, label: String) -> CalendarDate? {
        guard let text = required(field, value, label: label, max: 10) else { return nil }
        return parseDate(field, text, label: label)
    }

    /// An optional day written as `YYYY-MM-DD`.
    public mutating func optionalDate(_ field: String, _ value: String?, label: String) -> CalendarDate? {
        guard let text = optional(field, value, label: label, max: 10) else { return nil }
        return parseDate(field, text, label: label)
    }

    /// A whole number within bounds, written in a form field.
    public mutating func integer(_ field: String, _ text: String?, label: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = required(field, text, label: label, max: 12) else { return nil }
        guard let value = Int(text) else {
            add(field, "\(label) must be a whole number, like \(range.lowerBound)")
            return nil
        }
        guard range.contains(value) else {
            add(field, "\(label) must be between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        return value
    }

    /// A number with optional decimals within bounds, written in a form field.
    public mutating func decimal(_ field: String, _ text: String?, label: String, in range: ClosedRange<Decimal>) -> Decimal? {
        guard let text = required(field, text, label: label, max: 20) else { return nil }
        guard text.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil, let value = Decimal(string: text) else {
            add(field, "\(label) must be a number, like \(range.lowerBound)")
            return nil
        }
        guard range.contains(value) else {
            add(field, "\(label) must be between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        return value
    }

    /// One of a fixed set of choices, given by its raw value.
    public mutating func choice<T: RawRepresentable>(_ field: String, _ value: String?, label: String) -> T?
    where T.RawValue == String {
        guard let value, !value.isEmpty else {
            add(field, "Choose \(label.lowercased())")
            return nil
        }
        guard let choice = T(rawValue: value) else {
            add(field, "Choose \(label.lowercased()) from the list")
            return nil
        }
        return choice
    }

    /// The id of a chosen record, if one was chosen; an id that is not an id is a problem.
    public mutating func optionalID(_ field: String, _ value: String?, label: String) -> UUID? {
        let trimmed = value?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !trimmed.isEmpty else { return nil }
        guard let id = UUID(uuidString: trimmed) else {
            add(field, "Choose \(label.lowercased()) from the list")
            return nil
        }
        return id
    }

    /// The id of a record that must be chosen.
    public mutating func requiredID(_ field: String, _ value: String?, label: String) -> UUID? {
        guard let id = optionalID(field, value, label: label) else {
            add(field, "Choose \(label.lowercased())")
            return nil
        }
        return id
    }

    private mutating func limited(_ field: String, _ text: String, label: String, max: Int) -> String? {
        guard text.count <= max else {
            add(field, "\(label) must be \(max) characters or fewer")
            return nil
        }
        return text
    }

    private mutating func parseDate(_ field: String, _ text: String, label: String) -> CalendarDate? {
        guard let date = CalendarDate(iso: text) else {
            add(field, "\(label) must be a real date from 1900 to 2200, like 2024-04-01")
            return nil
        }
        return date
    }
}
