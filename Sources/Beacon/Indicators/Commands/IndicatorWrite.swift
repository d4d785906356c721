import BeaconDomain
import Fluent
import Vapor

/// What the data-entry form or the API sends for one value of a period.
struct ValueInput: Content, VersionedInput {
    var kind: String?
    var value: String?
    var missingReason: String?
    var commentary: String?
    var restatementReason: String?
    var version: Int?
}

/// What the target form sends for one period.
struct TargetInput: Content, VersionedInput {
    var target: String?
    var tolerance: String?
    var version: Int?
}

extension IndicatorValue: Audited {
    static let auditType = "indicator value"
    var auditTitle: String { "\(period.label) \(kind.rawValue)" }
    var auditCouncilID: UUID? { councilID }
}

extension IndicatorTarget: Audited {
    static let auditType = "indicator target"
    var auditTitle: String { "\(period.label) target" }
    var auditCouncilID: UUID? { councilID }
}

/// What people type: a value (checked, then recorded by `IndicatorValueWrite`, the one command
/// that saves values) and a period's target (which judges the period's value again).
enum IndicatorWrite {
    static func enterValue(_ input: ValueInput, indicator: Indicator, period: ReportingPeriod, council: Council,
                           by signedIn: SignedIn, on db: Database) async throws -> IndicatorValue {
        guard indicator.dataSource != .calculated else {
            throw Abort(.conflict, reason: "\(indicator.code) is calculated from other indicators; enter their values instead.")
        }
        var check = FormCheck()
        let kind: ValueKind? = check.choice("kind", input.kind ?? ValueKind.actual.rawValue, label: "Kind of value")
        try refuseTyping(indicator, period: period, kind: kind)
        let reading = ValueReading(input, unit: indicator.unit, kind: kind ?? .actual, check: &check)
        if kind == .actual, period.start > BeaconClock.current.today {
            check.add("value", "\(period.label) has not started yet: enter an estimate or a projection instead")
        }
        let commentary = check.optional("commentary", input.commentary, label: "Commentary", max: 2000)
        let reason = check.optional("restatementReason", input.restatementReason, label: "Reason for restating", max: 500)
        let existing = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$period == period).filter(\.$kind == kind ?? .actual).first()
        let changes = existing.map { $0.value != reading.storedValue || $0.missingReason != reading.missing } ?? true
        if let existing, existing.isVerified, changes, reason == nil {
            check.add("restatementReason", "This value was verified: say why it is being restated")
        }
        try check.orThrow()
        let recording = ValueRecording(kind: kind!, value: reading.storedValue, missingReason: reading.missing,
                                       commentary: commentary ?? "", restatementReason: reason,
                                       enteredBy: signedIn.label, verification: .keptUnlessChanged)
        // A form for a value that exists carries its version; one without it is stale.
        let version = existing == nil ? nil : input.version ?? -1
        return try await IndicatorValueWrite.record(recording, indicator: indicator, period: period, council: council,
                                                    expecting: version, by: signedIn, on: db)
    }

    /// A typed actual would be overwritten by the supplier's next figures, so an indicator whose
    /// actuals another part of Beacon supplies takes none for those periods; estimates,
    /// projections and earlier periods are typed as before.
    static func refuseTyping(_ indicator: Indicator, period: ReportingPeriod, kind: ValueKind?) throws {
        guard kind == .actual, let from = indicator.suppliedFrom, period.start.iso >= from else { return }
        let supplier = indicator.suppliedBy ?? "another part of Beacon"
        let day = CalendarDate(iso: from)?.long ?? from
        throw Abort(.conflict, reason: "\(indicator.code) is fed from \(supplier): its actuals from \(day) "
                        + "come from there, not typed in. Estimates and projections may still be entered.")
    }

    /// Records who supplies an indicator's actuals from a day on (nil: people again), and makes
    /// it fed or entered accordingly; audited.
    static func setSupplier(of indicator: Indicator, to supplier: String?, from day: CalendarDate?,
                            by signedIn: SignedIn?, on db: Database) async throws {
        let source: DataSource = supplier == nil ? .entered : .fed
        let from = supplier == nil ? nil : day?.iso
        guard indicator.dataSource != source || indicator.suppliedBy != supplier || indicator.suppliedFrom != from else {
            return
        }
        try await db.write { db in
            let before = try AuditTrail.snapshot(indicator)
            indicator.dataSource = source
            indicator.suppliedBy = supplier
            indicator.suppliedFrom = from
            try await RecordWrite.claimVersion(of: Indicator.schema, id: indicator.requireID(),
                                               expecting: indicator.version, noun: "indicator", on: db)
            indicator.version += 1
            try await indicator.update(on: db)
            try await AuditTrail.record(.update, indicator, before: before, by: signedIn, on: db)
        }
    }

    /// Sets, changes or (with an empty target) removes a period's target, and re-judges its value.
    static func setTarget(_ input: TargetInput, indicator: Indicator, period: ReportingPeriod, council: Council,
                          by signedIn: SignedIn, on db: Database) async throws -> IndicatorTarget? {
        var check = FormCheck()
        let text = input.target?.trimmingCharacters(in: .whitespaces) ?? ""
        var target: TargetValue?
        if !text.isEmpty {
            switch TargetReading.read(text, unit: indicator.unit, polarity: indicator.polarity) {
            case .success(let value): target = value
            case .failure(let error): check.add("target", error.message)
            }
        }
        let toleranceText = check.optional("tolerance", input.tolerance, label: "Tolerance", max: 20)
        let tolerance = toleranceText.flatMap(Tolerance.init(text:))
        if toleranceText != nil, tolerance == nil { check.add("tolerance", "Enter a percentage like 5% or an amount like 2.5, or leave it empty for the council's default") }
        let existing = try await IndicatorTarget.query(on: db).filter(\.$indicatorID == indicator.requireID()).filter(\.$period == period).first()
        if existing == nil, target == nil, check.isValid { check.add("target", "Enter the target") }
        try check.orThrow()
        if let existing, input.version != existing.version { throw EditConflict(noun: "target") }
        let newTarget = target
        return try await db.write { db in
            var saved: IndicatorTarget?
            if let existing, newTarget == nil {
                try await AuditTrail.record(.delete, existing, before: try AuditTrail.snapshot(existing), by: signedIn, on: db)
                try await existing.delete(on: db)
            } else if let target = newTarget {
                let record = existing ?? IndicatorTarget.new(indicator: indicator, period: period)
                let before = try existing.map(AuditTrail.snapshot)
                record.set(target)
                record.tolerance = tolerance?.text
                record.setBy = signedIn.label
                try await save(record, noun: "target", existing: existing != nil, before: before, by: signedIn, on: db)
                saved = record
            }
            try await IndicatorValueWrite.rejudge(indicator: indicator, period: period, council: council, by: signedIn, on: db)
            return saved
        }
    }

    /// Creates the record at version 1, or moves its version on if nobody saved it meanwhile; audited.
    static func save<R: Audited & VersionedRow>(_ record: R, noun: String = "value", existing: Bool, before: String?,
                                                by signedIn: SignedIn?, on db: Database) async throws {
        if existing {
            try await RecordWrite.claimVersion(of: R.schema, id: record.requireID(), expecting: record.version, noun: noun, on: db)
            record.version += 1
            try await record.update(on: db)
        } else {
            record.version = 1
            try await record.create(on: db)
        }
        try await AuditTrail.record(existing ? .update : .create, record, before: before, by: signedIn, on: db)
    }
}

/// A value as typed: a measure in the indicator's unit, or the reason there is none.
struct ValueReading {
    var measure: Measure?
    var missing: MissingReason?

    init(_ input: ValueInput, unit: MeasureUnit, kind: ValueKind, check: inout FormCheck) {
        if let text = input.value, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            switch unit.parse(text) {
            case .success(let measure): self.measure = measure
            case .failure(let error): check.add("value", error.message)
            }
        }
        if let reason = input.missingReason, !reason.isEmpty {
            missing = check.choice("missingReason", reason, label: "Reason there is no value")
            if kind != .actual { check.add("missingReason", "Only an actual can be missing; leave the reason empty for an \(kind.rawValue)") }
            if measure != nil { check.add("missingReason", "Give a value or a reason there is none, not both") }
        }
        if measure == nil, missing == nil, check.isValid {
            check.add("value", kind == .actual ? "Enter the value, or choose why there is none" : "Enter the \(kind.rawValue)")
        }
    }

    var storedValue: String? { measure.map(MeasureUnit.storageText) }
}

/// A row with an optimistic-concurrency version number.
protocol VersionedRow: AnyObject {
    var version: Int { get set }
}

extension IndicatorValue: VersionedRow {}
extension IndicatorTarget: VersionedRow {}

extension IndicatorTarget {
    static func new(indicator: Indicator, period: ReportingPeriod) -> IndicatorTarget {
        let target = IndicatorTarget()
        target.councilID = indicator.councilID
        target.indicatorID = indicator.id!
        target.period = period
        target.periodStart = period.start.iso
        return target
    }
}
