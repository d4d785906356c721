import Foundation

/// Why a formula could not be read, with the character position (from 1) where it went wrong.
public struct FormulaError: Error, Equatable, Sendable {
    public let message: String

    public init(message: String) { self.message = message }
}

extension Formula {
    /// Reads a formula, or throws a `FormulaError` saying what is wrong and where.
    public init(parsing text: String) throws {
        var parser = FormulaParser(Array(text))
        self = try parser.parseWhole()
    }
}

/// A recursive-descent reader: expression = term (("+"|"-") term)*; term = factor (("*"|"/") factor)*;
/// factor = number | [code] | "-" factor | "(" expression ")".
private struct FormulaParser {
    let characters: [Character]
    var position = 0

    init(_ characters: [Character]) { self.characters = characters }

    mutating func parseWhole() throws -> Formula {
        skipSpaces()
        guard position < characters.count else { throw FormulaError(message: "Enter a formula, like [A] / [B] * 100") }
        let formula = try expression()
        skipSpaces()
        guard position == characters.count else { throw problem("Unexpected “\(characters[position])”") }
        return formula
    }

    private mutating func expression() throws -> Formula {
        var result = try term()
        while let op = take(["+", "-", "−"]) {
            let right = try term()
            result = op == "+" ? .add(result, right) : .subtract(result, right)
        }
        return result
    }

    private mutating func term() throws -> Formula {
        var result = try factor()
        while let op = take(["*", "×", "/", "÷"]) {
            let right = try factor()
            result = op == "*" || op == "×" ? .multiply(result, right) : .divide(result, right)
        }
        return result
    }

    private mutating func factor() throws -> Formula {
        skipSpaces()
        guard position < characters.count else { throw problem("The formula ends too soon") }
        let character = characters[position]
        if take(["-", "−"]) != nil { return .negate(try factor()) }
        if take(["("]) != nil {
            let inner = try expression()
            guard take([")"]) != nil else { throw problem("A bracket “(” is not closed") }
            return inner
        }
        if character == "[" { return try reference() }
        if character.isNumber || character == "." { return try number() }
        throw problem("Expected a number, an indicator code in [ ] or “(” but found “\(character)”")
    }

    private mutating func reference() throws -> Formula {
        let start = position
        position += 1
        while position < characters.count, characters[position] != "]" { position += 1 }
        guard position < characters.count else { throw FormulaError(message: "An indicator code at character \(start + 1) has no closing “]”") }
        let code = String(characters[(start + 1)..<position]).trimmingCharacters(in: .whitespaces)
        position += 1
        guard !code.isEmpty else { throw FormulaError(message: "Empty brackets at character \(start + 1): put an indicator code inside") }
        return .indicator(code)
    }

    private mutating func number() throws -> Formula {
        let start = position
        while position < characters.count, characters[position].isNumber || characters[position] == "." { position += 1 }
        let text = String(characters[start..<position])
        guard text.filter({ $0 == "." }).count <= 1, text != ".", let value = Decimal(string: text) else {
            throw FormulaError(message: "“\(text)” at character \(start + 1) is not a number")
        }
        return .constant(value)
    }

    private mutating func take(_ options: [Character]) -> Character? {
        skipSpaces()
        guard position < characters.count, options.contains(characters[position]) else { return nil }
        position += 1
        return characters[position - 1]
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    private func problem(_ message: String) -> FormulaError {
        FormulaError(message: "\(message) at character \(position + 1)")
    }
}
