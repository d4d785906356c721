/// An extra question a service asks (an Open311 attribute): a code, a prompt, a type, whether
/// it must be answered and, for choices, the values.
///
/// Officers write them one per line, `code | prompt | type | required or optional | choice; choice | description`,
/// for example `bin_type | Which bin was missed? | single | required | General waste; Recycling; Garden`.
/// A choice may carry the key apps send for it, `gw = General waste`; without one its key is its
/// name in lower case with underscores (`general_waste`). The description, if any, explains the
/// question to the person answering. A question's order is its line's.
public struct ServiceQuestion: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case text, number, date, single, multiple

        public var title: String {
            switch self {
            case .text: "text"
            case .number: "number"
            case .date: "date"
            case .single: "single choice"
            case .multiple: "multiple choice"
            }
        }
    }

    public let code: String
    public let prompt: String
    public let kind: Kind
    public let required: Bool
    /// The choices' names, as answers are stored and shown.
    public let choices: [String]
    /// The choices' keys, in the same order: what Open311 clients send.
    public let keys: [String]
    public let description: String

    public init(code: String, prompt: String, kind: Kind, required: Bool, choices: [String] = [], keys: [String]? = nil,
                description: String = "") {
        (self.code, self.prompt, self.kind, self.required, self.choices) = (code, prompt, kind, required, choices)
        self.keys = keys ?? choices.map(Self.key(for:))
        self.description = description
    }

    /// The key a choice gets when none is written: its name in lower case, runs of anything but
    /// letters and digits made one underscore.
    public static func key(for name: String) -> String {
        var key = "", gap = false
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                if gap, !key.isEmpty { key.append("_") }
                key.append(character)
                gap = false
            } else {
                gap = true
            }
        }
        return key
    }

    /// The name of the choice with this key or name, if it is one.
    public func choice(keyOrName text: String) -> String? {
        if let index = keys.firstIndex(of: text) { return choices[index] }
        return choices.contains(text) ? text : nil
    }

    /// The line an officer writes for this question.
    public var line: String {
        let written = zip(keys, choices).map { key, name in key == Self.key(for: name) ? name : "\(key) = \(name)" }
        let parts = [code, prompt, kind.rawValue, required ? "required" : "optional", written.joined(separator: "; ")]
        return (description.isEmpty ? parts : parts + [description]).joined(separator: " | ")
    }

    /// Reads the lines; refuses the first bad one, saying which and why.
    public static func parse(_ text: String) throws -> [ServiceQuestion] {
        var questions: [ServiceQuestion] = []
        for (index, raw) in text.split(whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let question = try parseLine(line, number: index + 1)
            if questions.contains(where: { $0.code == question.code }) { throw Problem("Line \(index + 1): the code \(question.code) is used twice") }
            questions.append(question)
        }
        return questions
    }

    private static func parseLine(_ line: String, number: Int) throws -> ServiceQuestion {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 4 else { throw Problem("Line \(number): write code | prompt | type | required or optional | choices") }
        guard parts[0].range(of: "^[a-z][a-z0-9_]{0,49}$", options: .regularExpression) != nil else {
            throw Problem("Line \(number): the code “\(parts[0])” should be lower-case letters, digits and underscores")
        }
        guard !parts[1].isEmpty else { throw Problem("Line \(number): the prompt is empty") }
        guard let kind = Kind(rawValue: parts[2].lowercased()) else {
            throw Problem("Line \(number): the type “\(parts[2])” is not one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ["required", "optional"].contains(parts[3].lowercased()) else { throw Problem("Line \(number): write required or optional, not “\(parts[3])”") }
        let written = parts.count > 4
            ? parts[4].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
        let isChoice = kind == .single || kind == .multiple
        if isChoice && written.count < 2 {
            throw Problem("Line \(number): a \(kind.title) question needs at least two choices, separated by ;")
        }
        if !isChoice && !written.isEmpty { throw Problem("Line \(number): only choice questions have choices") }
        let keyed = try written.map { try keyedChoice($0, line: number) }
        if Set(keyed.map(\.key)).count < keyed.count { throw Problem("Line \(number): two choices have the same key") }
        return ServiceQuestion(code: parts[0], prompt: parts[1], kind: kind,
            required: parts[3].lowercased() == "required",
                               choices: keyed.map(\.name), keys: keyed.map(\.key),
                               description: parts.count > 5 ? parts[5...].joined(separator: " | ") : "")
    }

    /// `key = Name`, or a name alone with its key made from it.
    private static func keyedChoice(_ text: String, line: Int) throws -> (key: String, name: String) {
        guard let equals = text.firstIndex(of: "=") else { return (key(for: text), text) }
        let key = text[..<equals].trimmingCharacters(in: .whitespaces)
        let name = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard key.range(of: "^[a-z0-9_]{1,50}$", options: .regularExpression) != nil, !name.isEmpty else {
            throw Problem("Line \(line): write a choice's key as lower-case letters, digits and underscores, "
                          + "like gw = General waste")
        }
        return (key, name)
    }

    /// Why the lines were refused.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }
}
