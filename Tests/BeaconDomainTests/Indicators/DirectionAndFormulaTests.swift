import BeaconDomain
import Foundation
import Testing

private func d(_ text: String) -> Decimal { Decimal(string: text)! }

@Suite("Direction of travel")
struct DirectionOfTravelTests {
    // A 1% margin of the earlier value 78 is 0.78.
    @Test("higher is better, at the margin", arguments: [("80", Direction.improving), ("78.78", .noChange), ("78.79", .improving),
                                                         ("77.22", .noChange), ("77.21", .worsening), ("78", .noChange)])
    func higher(current: String, expected: Direction) {
        #expect(DirectionOfTravel.compare(d(current), with: 78, polarity: .higherIsBetter, margin: 1) == expected)
    }

    @Test("lower is better, band, data only, missing")
    func others() {
        #expect(DirectionOfTravel.compare(9, with: 10, polarity: .lowerIsBetter, margin: 1) == .improving)
        #expect(DirectionOfTravel.compare(11, with: 10, polarity: .lowerIsBetter, margin: 1) == .worsening)
        #expect(DirectionOfTravel.compare(38, with: 35, polarity: .band, band: (40, 60), margin: 1) == .improving)
        #expect(DirectionOfTravel.compare(70, with: 62, polarity: .band, band: (40, 60), margin: 1) == .worsening)
        #expect(DirectionOfTravel.compare(50, with: 55, polarity: .band, band: (40, 60), margin: 1) == .noChange)
        #expect(DirectionOfTravel.compare(50, with: 40, polarity: .dataOnly, margin: 1) == .higher)
        #expect(DirectionOfTravel.compare(30, with: 40, polarity: .dataOnly, margin: 1) == .lower)
        #expect(DirectionOfTravel.compare(nil, with: 40, polarity: .higherIsBetter, margin: 1) == .notComparable)
        #expect(DirectionOfTravel.compare(40, with: nil, polarity: .higherIsBetter, margin: 1) == .notComparable)
    }

    @Test("an earlier value of zero: any change counts")
    func fromZero() {
        #expect(DirectionOfTravel.compare(0, with: 0, polarity: .higherIsBetter, margin: 1) == .noChange)
        #expect(DirectionOfTravel.compare(1, with: 0, polarity: .higherIsBetter, margin: 1) == .improving)
    }
}

@Suite("Calculated indicators' formulas")
struct FormulaTests {
    @Test("numerator ÷ denominator × 100")
    func percentage() throws {
        let formula = try Formula(parsing: "[BV 8 paid] / [BV 8 all] * 100")
        #expect(formula.references == ["BV 8 paid", "BV 8 all"])
        #expect(formula.evaluate(["BV 8 paid": 45, "BV 8 all": 60]) == .value(75))
    }

    @Test("precedence, brackets, minus, constants and the × ÷ signs", arguments: [
        ("1 + 2 * 3", "7"), ("(1 + 2) * 3", "9"), ("10 - 4 - 3", "3"), ("-[A] + 10", "6"), ("[A] × 2 ÷ 8", "1"),
        ("2.5 * [A]", "10"), ("[A] - -1", "5"), ("24 / 2 / 3", "4"),
    ])
    func arithmetic(text: String, expected: String) throws {
        #expect(try Formula(parsing: text).evaluate(["A": 4]) == .value(d(expected)))
    }

    @Test("division by zero and a missing input give no value with a reason")
    func noValue() throws {
        let formula = try Formula(parsing: "[A] / [B] * 100")
        #expect(formula.evaluate(["A": 5, "B": 0]) == .noValue("Division by zero: [B] is 0 in this period."))
        #expect(formula.evaluate(["A": 5]) == .noValue("There is no value for B in this period."))
        #expect(try Formula(parsing: "[A] / ([B] - 2)").evaluate(["A": 1, "B": 2]) == .noValue("Division by zero: [B] - 2 is 0 in this period."))
    }

    @Test("formulas that cannot be read say where", arguments: [
        ("", "Enter a formula, like [A] / [B] * 100"),
        ("[A] +", "The formula ends too soon at character 6"),
        ("[A", "An indicator code at character 1 has no closing “]”"),
        ("2 $ 3", "Unexpected “$” at character 3"),
        ("(1 + 2", "A bracket “(” is not closed at character 7"),
        ("[ ] + 1", "Empty brackets at character 1: put an indicator code inside"),
        ("1.2.3", "“1.2.3” at character 1 is not a number"),
        ("* 2", "Expected a number, an indicator code in [ ] or “(” but found “*” at character 1"),
    ])
    func errors(text: String, message: String) {
        #expect(throws: FormulaError(message: message)) { try Formula(parsing: text) }
    }

    @Test("a formula may not lead back to itself")
    func cycles() {
        #expect(FormulaGraph.cycle(from: "A", reads: ["A": ["B"], "B": ["C"], "C": ["A"]]) == ["A", "B", "C", "A"])
        #expect(FormulaGraph.cycle(from: "A", reads: ["A": ["A"]]) == ["A", "A"])
        #expect(FormulaGraph.cycle(from: "A", reads: ["A": ["B", "C"], "B": ["C"]]) == nil)
    }
}

@Suite("Benchmarking among councils")
struct BenchmarkTests {
    @Test("rank with ties and quartiles from best to worst")
    func ranks() {
        let values: [String: Decimal] = ["a": 90, "b": 80, "c": 80, "d": 70]
        #expect(Benchmark.position(of: "a", among: values, polarity: .higherIsBetter) == BenchmarkPosition(rank: 1, of: 4, quartile: 1))
        #expect(Benchmark.position(of: "b", among: values, polarity: .higherIsBetter) == BenchmarkPosition(rank: 2, of: 4, quartile: 2))
        #expect(Benchmark.position(of: "c", among: values, polarity: .higherIsBetter) == BenchmarkPosition(rank: 2, of: 4, quartile: 2))
        #expect(Benchmark.position(of: "d", among: values, polarity: .higherIsBetter) == BenchmarkPosition(rank: 4, of: 4, quartile: 4))
        #expect(Benchmark.position(of: "d", among: values, polarity: .lowerIsBetter) == BenchmarkPosition(rank: 1, of: 4, quartile: 1))
    }

    @Test("two councils are first and fourth quartile; one alone has no quartile; unjudged indicators are not ranked")
    func edges() {
        #expect(Benchmark.position(of: "b", among: ["a": 1, "b": 2], polarity: .lowerIsBetter)?.quartile == 4)
        #expect(Benchmark.position(of: "a", among: ["a": 1], polarity: .higherIsBetter) == BenchmarkPosition(rank: 1, of: 1, quartile: nil))
        #expect(Benchmark.position(of: "z", among: ["a": 1], polarity: .higherIsBetter) == nil)
        #expect(Benchmark.position(of: "a", among: ["a": 1], polarity: .dataOnly) == nil)
    }
}
