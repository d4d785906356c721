import BeaconDomain
import Fluent
import Vapor

extension Indicator {
    static func formFields(for record: Indicator?, input: IndicatorInput?, actor: Actor, on db: Database) async throws -> [FormField] {
        let units = try await Unit.visible(to: actor, on: db).all()
        let people = try await Person.visible(to: actor, on: db).filter(\.$leftOn == nil).all()
        let priorities = try await StrategicPriority.visible(to: actor, on: db).filter(\.$closedOn == nil).all()
        let thisYear = ReportingPeriod(containing: BeaconClock.current.today, kind: .year)
        func text(_ name: String, _ label: String, _ value: String?, max: Int = 200, hint: String? = nil, required: Bool = true) -> FormField {
            FormField(name: name, label: label, control: max > 200 ? .textarea(max: max) : .text(max: max),
                      value: value ?? "", hint: hint, required: required)
        }
        return [
            text("code", "Code", input?.code ?? record?.code, max: 30, hint: "National codes keep their spacing and case, for example BV 8"),
            text("title", "Title", input?.title ?? record?.title),
            text("purpose", "Purpose", input?.purpose ?? record?.purpose, max: 2000, hint: "Why the council measures this"),
            text("definition", "Definition", input?.definition ?? record?.definition, max: 4000, hint: "Exactly how it is counted"),
            FormField(name: "scope", label: "Scope", control: .select(IndicatorScope.choices),
                      value: input?.scope ?? record?.scope.rawValue ?? IndicatorScope.local.rawValue, required: true),
            text("nationalCode", "National indicator it contributes to", input?.nationalCode ?? record?.nationalCode, max: 30,
                 hint: "Only for a local indicator that contributes to a national one", required: false),
            FormField(name: "unit", label: "Unit", control: .select(MeasureUnit.choices),
                      value: input?.unit ?? record?.unit.rawValue ?? MeasureUnit.percentage.rawValue, required: true),
            FormField(name: "decimalPlaces", label: "Decimal places shown", control: .number,
                      value: input?.decimalPlaces?.text ?? record.map { String($0.decimalPlaces) } ?? "1", required: true),
            FormField(name: "polarity", label: "Polarity", control: .select(Polarity.choices),
                      value: input?.polarity ?? record?.polarity.rawValue ?? Polarity.higherIsBetter.rawValue, required: true),
            FormField(name: "frequency", label: "Frequency", control: .select(Frequency.choices),
                      value: input?.frequency ?? record?.frequency.rawValue ?? Frequency.quarterly.rawValue, required: true),
            FormField(name: "owningUnitID", label: "Owning unit", control: .select([.prompt("Choose a unit")] + units.choices),
                      value: input?.owningUnitID ?? record?.owningUnitID.uuidString ?? "", required: true),
            FormField(name: "reportingOfficerID", label: "Reporting officer", control: .select([.none] + people.choices),
                      value: input?.reportingOfficerID ?? record?.reportingOfficerID?.uuidString ?? ""),
            FormField(name: "priorityID", label: "Strategic priority", control: .select([.none] + priorities.choices),
                      value: input?.priorityID ?? record?.priorityID?.uuidString ?? ""),
            FormField(name: "dataSource", label: "Data source", control: .select(DataSource.choices),
                      value: input?.dataSource ?? record?.dataSource.rawValue ?? DataSource.entered.rawValue, required: true),
            text("formula", "Formula", input?.formula ?? record?.formula, max: 500,
                 hint: "Only for a calculated indicator: other indicators' codes in square brackets, for example [BV 8a] / [BV 8b] * 100",
                 required: false),
            text("firstYear", "First year values are owed for", input?.firstYear ?? record.map { ReportingPeriod.year($0.firstYear).label } ?? thisYear.label,
                 max: 9, hint: "A financial year, like 2021/22"),
        ]
    }
}
