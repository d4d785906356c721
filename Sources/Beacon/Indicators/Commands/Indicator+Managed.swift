import BeaconDomain
import Fluent
import Vapor

extension Indicator: Audited, APIRecord {
    static let resource = Resource.indicators
    static let noun = "indicator"
    static let plural = "Indicator definitions"
    static let closeAction = "Stop reporting this indicator"
    static let auditType = "indicator"
    static let guidance = "What each indicator measures and how. Performance officers define them; a change to the definition, unit, polarity or formula starts a new revision, and values either side of it are marked as not comparable."
    static let apiDescription = "Performance indicators' definitions"

    var auditTitle: String { "\(code) \(title)" }
    var auditCouncilID: UUID? { councilID }
    var closedNote: String? { closedOn.map { "Not reported since \($0.long)" } }

    static func createAccess(_ actor: Actor) -> Action { .defineIndicators(council: actor.councilID) }
    func changeAccess(_ actor: Actor, on db: Database) async throws -> Action { .defineIndicators(council: councilID) }

    static func visible(to actor: Actor, on db: Database) -> QueryBuilder<Indicator> {
        Indicator.query(on: db).filter(\.$councilID == actor.councilID).sort(\.$code)
    }

    /// The text that, when it changes, makes earlier values not comparable with later ones.
    var measuredAs: String {
        "\(definition) | unit: \(unit.rawValue) | polarity: \(polarity.rawValue) | formula: \(formula ?? "none")"
    }

    func apply(_ input: IndicatorInput, actor: Actor, on db: Database) async throws {
        var check = FormCheck()
        let code = check.required("code", input.code, label: "Code", max: 30)
        let title = check.required("title", input.title, label: "Title")
        let purpose = check.required("purpose", input.purpose, label: "Purpose", max: 2000)
        let definition = check.required("definition", input.definition, label: "Definition", max: 4000)
        let scope: IndicatorScope? = check.choice("scope", input.scope, label: "Scope")
        let nationalCode = check.optional("nationalCode", input.nationalCode, label: "National indicator", max: 30)
        let unit: MeasureUnit? = check.choice("unit", input.unit, label: "Unit")
        let places = check.integer("decimalPlaces", input.decimalPlaces?.text ?? "0", label: "Decimal places", in: 0...4)
        let polarity: Polarity? = check.choice("polarity", input.polarity, label: "Polarity")
        let frequency: Frequency? = check.choice("frequency", input.frequency, label: "Frequency")
        let source: DataSource? = check.choice("dataSource", input.dataSource, label: "Data source")
        let ids = (unit: check.requiredID("owningUnitID", input.owningUnitID, label: "Owning unit"),
                   officer: check.optionalID("reportingOfficerID", input.reportingOfficerID, label: "Reporting officer"),
                   priority: check.optionalID("priorityID", input.priorityID, label: "Strategic priority"))
        let firstYear = ReportingPeriod(label: input.firstYear ?? "").flatMap { $0.kind == .year ? $0.startYear : nil }
        if firstYear == nil { check.add("firstYear", "Enter the first financial year values are owed for, like 2021/22") }
        if scope == .contributing, nationalCode == nil { check.add("nationalCode", "Enter the code of the national indicator this one contributes to") }
        if let code, try await Indicator.query(on: db).filter(\.$councilID == actor.councilID).filter(\.$code == code).all().contains(where: { $0.id != id }) {
            check.add("code", "The council already has an indicator with this code")
        }
        if let unit, let polarity, !unit.isNumeric, polarity == .band { check.add("polarity", "Only numbers can be judged within a band") }
        try await IndicatorDefinitionCheck.references(input, ids: ids, council: actor.councilID, check: &check, on: db)
        var formula: String?
        if source == .calculated, let code {
            if let unit, !unit.isNumeric { check.add("unit", "A calculated indicator must be a number") }
            formula = try await IndicatorDefinitionCheck.formula(input.formula?.trimmingCharacters(in: .whitespaces), code: code,
                                                                 frequency: frequency, council: actor.councilID, check: &check, on: db)
        }
        try check.orThrow()
        let before = id == nil ? nil : measuredAs
        councilID = actor.councilID
        self.code = code!
        self.title = title!
        self.purpose = purpose!
        self.definition = definition!
        self.scope = scope!
        self.nationalCode = scope == .local ? nil : nationalCode
        self.unit = unit!
        decimalPlaces = places!
        self.polarity = polarity!
        self.frequency = frequency!
        self.dataSource = source!
        self.formula = formula
        owningUnitID = ids.unit!
        reportingOfficerID = ids.officer
        priorityID = ids.priority
        self.firstYear = firstYear!
        revision = before == nil ? 1 : (before == measuredAs ? revision : revision + 1)
    }

    /// Records the revision if the definition changed, and works out calculated values again.
    func afterSave(_ input: IndicatorInput, created: Bool, by signedIn: SignedIn, on db: Database) async throws {
        let known = try await IndicatorRevision.query(on: db).filter(\.$indicatorID == requireID()).filter(\.$revision == revision).count()
        if known == 0 {
            let record = IndicatorRevision()
            record.councilID = councilID
            record.indicatorID = try requireID()
            record.revision = revision
            record.startsOn = BeaconClock.current.today
            record.definition = measuredAs
            record.recordedBy = signedIn.label
            try await record.create(on: db)
        }
        if dataSource == .calculated { try await IndicatorCalculation.recomputeAllPeriods(of: self, by: signedIn, on: db) }
    }

    func close(on day: CalendarDate) { closedOn = day }

    static func table(_ records: [Indicator], on db: Database) async throws -> RecordTable {
        let units = try await names(of: Unit.self, ids: records.map(\.owningUnitID), on: db)
        return RecordTable(headers: ["Code", "Title", "Owning unit", "Frequency", "Source"], rows: records.map {
            .init(id: $0.id!, cells: [$0.code, $0.title, units[$0.owningUnitID] ?? "—", $0.frequency.title, $0.dataSource.title],
                  closed: $0.closedNote)
        })
    }

    static func summaries(_ records: [Indicator], on db: Database) async throws -> [IndicatorSummary] {
        records.map {
            IndicatorSummary(id: $0.id!, code: $0.code, title: $0.title, purpose: $0.purpose, definition: $0.definition,
                             scope: $0.scope.rawValue, nationalCode: $0.nationalCode, unit: $0.unit.rawValue, decimalPlaces: $0.decimalPlaces,
                             polarity: $0.polarity.rawValue, frequency: $0.frequency.rawValue, reportingOfficerID: $0.reportingOfficerID,
                             owningUnitID: $0.owningUnitID, dataSource: $0.dataSource.rawValue, formula: $0.formula, priorityID: $0.priorityID,
                             firstYear: ReportingPeriod.year($0.firstYear).label, revision: $0.revision, closedOn: $0.closedOn?.iso, version: $0.version)
        }
    }
}
