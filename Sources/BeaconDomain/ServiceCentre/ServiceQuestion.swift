/// An extra question a service asks (an Open311 attribute): a code, a prompt, a type, whether
/// it must be answered and, for choices, the values.
///
/// Officers write them one per line, `code | prompt | type | required or optional | choice; choice`,
/// for example `bin_type | Which bin was missed? | single | required | General waste; Recycling; Garden`.
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
    public let choices: [String]

    public init(code: String, prompt: String, kind: Kind, required: Bool, choices: [String] = []) {
        (self.code, self.prompt, self.kind, self.required, self.choices) = (code, prompt, kind, required, choices)
    }

    /// The line an officer writes for this question.
    public var line: String {
        [code, prompt, kind.rawValue, required ? "required" : "optional", choices.joined(separator: "; ")].joined(separator: " | ")
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
        let choices = parts.count > 4 ? parts[4].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
        let isChoice = kind == .single || kind == .multiple
        if isChoice && choices.count < 2 { throw Problem("Line \(number): a \(kind.title) question needs at least two choices, separated by ;") }
        if !isChoice && !choices.isEmpty { throw Problem("Line \(number): only choice questions have choices") }
        return ServiceQuestion(code: parts[0], prompt: parts[1], kind: kind, required: parts[3].lowercased() == "required", choices: choices)
    }

    /// Why the lines were refused.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }
}
