import BeaconDomain
import Fluent
import Vapor

/// What a form or JSON body sends to define or change an indicator.
struct IndicatorInput: Content, VersionedInput {
    var code: String?
    var title: String?
    var purpose: String?
    var definition: String?
    var scope: String?
    var nationalCode: String?
    var unit: String?
    var decimalPlaces: WholeNumberText?
    var polarity: String?
    var frequency: String?
    var reportingOfficerID: String?
    var owningUnitID: String?
    var dataSource: String?
    var formula: String?
    var priorityID: String?
    var firstYear: String?
    var version: Int?
}

/// An indicator's definition as the JSON API shows it.
struct IndicatorSummary: Content {
    let id: UUID
    let code: String
    let title: String
    let purpose: String
    let definition: String
    let scope: String
    let nationalCode: String?
    let unit: String
    let decimalPlaces: Int
    let polarity: String
    let frequency: String
    let reportingOfficerID: UUID?
    let owningUnitID: UUID
    let dataSource: String
    let formula: String?
    let priorityID: UUID?
    let firstYear: String
    let revision: Int
    let closedOn: String?
    let version: Int
}

/// The checks on an indicator's definition that need the database: references to units, people,
/// priorities and, for a calculated indicator, the indicators its formula reads.
enum IndicatorDefinitionCheck {
    static func references(_ input: IndicatorInput, ids: (unit: UUID?, officer: UUID?, priority: UUID?),
                           council: UUID, check: inout FormCheck, on db: Database) async throws {
        if ids.unit != nil, try await !db.exists(Unit.self, ids.unit, council: council, councilField: \.$councilID) {
            check.add("owningUnitID", "Choose a unit from the list")
        }
        if ids.officer != nil, try await !db.exists(Person.self, ids.officer, council: council, councilField: \.$councilID) {
            check.add("reportingOfficerID", "Choose a person from the list")
        }
        if ids.priority != nil, try await !db.exists(StrategicPriority.self, ids.priority, council: council, councilField: \.$councilID) {
            check.add("priorityID", "Choose a priority from the list")
        }
    }

    /// The formula of a calculated indicator: readable, reading only this council's numeric
    /// indicators of the same frequency, and never leading back to itself.
    static func formula(_ text: String?, code: String, frequency: Frequency?, council: UUID, check: inout FormCheck, on db: Database) async throws -> String? {
        guard let text, !text.isEmpty else {
            check.add("formula", "Enter the formula a calculated indicator is worked out by, like [A] / [B] * 100")
            return nil
        }
        let formula: Formula
        do { formula = try Formula(parsing: text) } catch let error as FormulaError {
            check.add("formula", error.message)
            return nil
        }
        let others = try await Indicator.query(on: db).filter(\.$councilID == council).filter(\.$code != code).all()
        let byCode = Dictionary(others.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for reference in formula.references {
            guard let input = byCode[reference] else {
                check.add("formula", reference == code ? "A formula may not use its own indicator" : "There is no indicator with the code \(reference)")
                return nil
            }
            guard input.unit.isNumeric else { check.add("formula", "\(reference) is not a number, so it cannot be calculated with"); return nil }
            if let frequency, input.frequency.periodKind != frequency.periodKind {
                check.add("formula", "\(reference) is reported \(input.frequency.title.lowercased()); a formula may only use indicators reported as often as this one")
                return nil
            }
        }
        var reads = Dictionary(others.compactMap { other in other.parsedFormula.map { (other.code, $0.references) } }, uniquingKeysWith: { a, _ in a })
        reads[code] = formula.references
        if let cycle = FormulaGraph.cycle(from: code, reads: reads) {
            check.add("formula", "The formula goes round in a circle: \(cycle.joined(separator: " → "))")
            return nil
        }
        return text
    }
}
