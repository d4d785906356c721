import BeaconDomain
import Fluent
import Vapor

/// A performance indicator's definition. A change to what it measures (definition, unit,
/// polarity, formula) starts a new revision; values keep the revision they were entered under,
/// so values either side of a change are shown as not comparable.
final class Indicator: Model, @unchecked Sendable {
    static let schema = "indicators"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "code") var code: String
    @Field(key: "title") var title: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "definition") var definition: String
    @Coded(key: "scope") var scope: IndicatorScope
    @OptionalField(key: "national_code") var nationalCode: String?
    @Coded(key: "unit") var unit: MeasureUnit
    @Field(key: "decimal_places") var decimalPlaces: Int
    @Coded(key: "polarity") var polarity: Polarity
    @Coded(key: "frequency") var frequency: Frequency
    @OptionalField(key: "reporting_officer_id") var reportingOfficerID: UUID?
    @Field(key: "owning_unit_id") var owningUnitID: UUID
    @Coded(key: "data_source") var dataSource: DataSource
    @OptionalField(key: "formula") var formula: String?
    /// The first day whose period's actuals another part of Beacon supplies (the service centre's
    /// feed), so they are not typed or imported; nil when people supply them.
    @OptionalField(key: "supplied_from") var suppliedFrom: String?
    /// Who supplies them, as a sentence names it: "the service centre".
    @OptionalField(key: "supplied_by") var suppliedBy: String?
    @OptionalField(key: "priority_id") var priorityID: UUID?
    @Field(key: "first_year") var firstYear: Int
    @Field(key: "revision") var revision: Int
    @OptionalCoded(key: "closed_on") var closedOn: CalendarDate?
    @Field(key: "version") var version: Int

    init() {}

    var parsedFormula: Formula? { formula.flatMap { try? Formula(parsing: $0) } }

    /// The code a benchmark compares across councils: its own for a national indicator.
    var benchmarkCode: String? {
        switch scope {
        case .national: code
        case .contributing, .local: nil
        }
    }

    func format(_ measure: Measure) -> String { unit.format(measure, places: decimalPlaces) }
}

/// When an indicator's definition changed, and what it said from then on.
final class IndicatorRevision: Model, @unchecked Sendable {
    static let schema = "indicator_revisions"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "indicator_id") var indicatorID: UUID
    @Field(key: "revision") var revision: Int
    @Coded(key: "starts_on") var startsOn: CalendarDate
    @Field(key: "definition") var definition: String
    @Field(key: "recorded_by") var recordedBy: String

    init() {}
}

/// What an indicator aims at for one period, with an optional tolerance of its own (the
/// council's default applies otherwise).
final class IndicatorTarget: Model, @unchecked Sendable {
    static let schema = "indicator_targets"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "indicator_id") var indicatorID: UUID
    @Coded(key: "period") var period: ReportingPeriod
    @Field(key: "period_start") var periodStart: String
    @Field(key: "value") var value: String
    @OptionalField(key: "high") var high: String?
    @OptionalField(key: "tolerance") var tolerance: String?
    @Field(key: "set_by") var setBy: String
    @Field(key: "version") var version: Int

    init() {}


    func target(unit: MeasureUnit) -> TargetValue? {
        if let high, let low = Decimal(string: value), let top = Decimal(string: high) { return .band(low: low, high: top) }
        switch unit.fromStorage(value) {
        case .number(let number): return .number(number)
        case .yesNo(let answer): return .yesNo(answer)
        case .date(let day): return .date(day)
        case .text, nil: return nil
        }
    }

    func set(_ target: TargetValue) {
        high = nil
        switch target {
        case .number(let number): value = "\(number)"
        case .band(let low, let top): value = "\(low)"; high = "\(top)"
        case .yesNo(let answer): value = answer ? "yes" : "no"
        case .date(let day): value = day.iso
        }
    }
}

/// One value of an indicator for a period: an actual, an estimate or a projection — a number
/// (or yes/no, a date), or the reason there is none.
final class IndicatorValue: Model, @unchecked Sendable {
    static let schema = "indicator_values"

    @ID(key: .id) var id: UUID?
    @Field(key: "council_id") var councilID: UUID
    @Field(key: "indicator_id") var indicatorID: UUID
    @Coded(key: "period") var period: ReportingPeriod
    @Field(key: "period_start") var periodStart: String
    @Coded(key: "kind") var kind: ValueKind
    @OptionalField(key: "value") var value: String?
    @OptionalCoded(key: "missing_reason") var missingReason: MissingReason?
    @OptionalField(key: "commentary") var commentary: String?
    /// For a calculated value that could not be worked out: why (division by zero, a missing input).
    @OptionalField(key: "calculation_note") var calculationNote: String?
    @Field(key: "revision") var revision: Int
    @Field(key: "entered_by") var enteredBy: String
    @Field(key: "entered_at") var enteredAt: Date
    @OptionalField(key: "verified_by") var verifiedBy: String?
    @OptionalField(key: "verified_at") var verifiedAt: Date?
    @OptionalField(key: "restatement_reason") var restatementReason: String?
    /// The status as judged when the value or target was saved, and the tolerance used: kept,
    /// so history does not change colour when the council's settings change.
    @OptionalCoded(key: "status") var status: RAGStatus?
    @OptionalField(key: "judged_tolerance") var judgedTolerance: String?
    @Field(key: "version") var version: Int

    init() {}

    var isVerified: Bool { verifiedAt != nil }

    func measure(unit: MeasureUnit) -> Measure? { value.flatMap(unit.fromStorage) }
}
