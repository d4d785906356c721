import BeaconDomain
import Fluent
import Vapor

/// A record that can be offered as a choice in a select list.
protocol Choosable: Model where IDValue == UUID {
    var choiceLabel: String { get }
}

extension Array where Element: Choosable {
    var choices: [FormField.Choice] {
        compactMap { record in record.id.map { FormField.Choice(value: $0.uuidString, label: record.choiceLabel) } }
    }
}

extension Unit: Choosable { var choiceLabel: String { closedOn == nil ? name : "\(name) (closed)" } }
extension Person: Choosable { var choiceLabel: String { "\(name), \(jobTitle)" } }
extension Councillor: Choosable { var choiceLabel: String { "Cllr \(name) (\(ward))" } }
extension Partnership: Choosable { var choiceLabel: String { name } }
extension Council: Choosable { var choiceLabel: String { name } }

/// The names of records by id, for showing a list without a query per row.
func names<M: Choosable>(of type: M.Type, ids: [UUID], on db: Database) async throws -> [UUID: String] {
    guard !ids.isEmpty else { return [:] }
    let records = try await M.query(on: db).filter(\._$id ~~ Array(Set(ids))).all()
    return Dictionary(uniqueKeysWithValues: records.compactMap { record in record.id.map { ($0, record.choiceLabel) } })
}
extension StrategicPriority: Choosable { var choiceLabel: String { title } }
extension Indicator: Choosable { var choiceLabel: String { "\(code) \(title)" } }
extension IndicatorScope: ChoiceList {}
extension MeasureUnit: ChoiceList {}
extension Polarity: ChoiceList {}
extension Frequency: ChoiceList {}
extension DataSource: ChoiceList {}
extension MissingReason: ChoiceList {}
extension ValueKind: ChoiceList {}
extension RAGStatus: ChoiceList {}
