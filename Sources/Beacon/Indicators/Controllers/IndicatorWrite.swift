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
    var auditTitle: String { "\(period?.label ?? periodKey) \(kindName)" }
    var auditCouncilID: UUID? { councilID }
}

extension IndicatorTarget: Audited {
    static let auditType = "indicator target"
    var auditTitle: String { "\(period?.label ?? periodKey) target" }
    var auditCouncilID: UUID? { councilID }
}

/// The one place indicator values and targets are written: each write validates, runs in a
/// transaction, judges the status, writes its audit entry and works out calculated values again.
enum IndicatorWrite {
    static func enterValue(_ input: ValueInput, indicator: Indicator, period: ReportingPeriod, council: Council,
                           by signedIn: SignedIn, on db: Database) async throws -> IndicatorValue {
        guard indicator.dataSource != .calculated else {
            throw Abort(.conflict, reason: "\(indicator.code) is calculated from other indicators; enter their values instead.")
        }
        var check = FormCheck()
        let kind: ValueKind? = check.choice("kind", input.kind ?? ValueKind.actual.rawValue, label: "Kind of value")
        try await IndicatorFeeding.refuseTyping(indicator, period: period, kind: kind, on: db)
        let reading = ValueReading(input, unit: indicator.unit, kind: kind ?? .actual, check: &check)
        if kind == .actual, period.start > BeaconClock.current.today {
            check.add("value", "\(period.label) has not started yet: enter an estimate or a projection instead")
        }
        let commentary = check.optional("commentary", input.commentary, label: "Commentary", max: 2000)
        let reason = check.optional("restatementReason", input.restatementReason, label: "Reason for restating", max: 500)
        let existing = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$periodKey == period.key).filter(\.$kindName == (kind ?? .actual).rawValue).first()
        let changes = existing.map { $0.value != reading.storedValue || $0.missingReasonName != reading.missing?.rawValue } ?? true
        if let existing, existing.isVerified, changes, reason == nil {
            check.add("restatementReason", "This value was verified: say why it is being restated")
        }
        try check.orThrow()
        if let existing, input.version != existing.version { throw EditConflict(noun: "value") }
        return try await db.write { db in
            let record = existing ?? IndicatorValue.new(indicator: indicator, period: period, kind: kind!)
            let before = try existing.map(AuditTrail.snapshot)
            if changes {
                record.value = reading.storedValue
                record.missingReasonName = reading.missing?.rawValue
                record.restatementReason = existing?.isVerified == true ? reason : nil
                record.verifiedBy = nil
                record.verifiedAt = nil
            }
            record.commentary = commentary
            record.enteredBy = signedIn.label
            record.enteredAt = BeaconClock.current.now()
            record.revision = indicator.revision
            try await judge(record, indicator: indicator, council: council, on: db)
            try await save(record, existing: existing != nil, before: before, by: signedIn, on: db)
            if record.kind == .actual, changes {
                try await IndicatorCalculation.recompute(dependentsOf: indicator, period: period, council: council, by: signedIn, on: db)
            }
            return record
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
        let existing = try await IndicatorTarget.query(on: db).filter(\.$indicatorID == indicator.requireID()).filter(\.$periodKey == period.key).first()
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
            try await rejudge(indicator: indicator, period: period, council: council, by: signedIn, on: db)
            return saved
        }
    }

    /// Marks a period's unverified values as verified by the performance officer.
    static func verify(indicator: Indicator, period: ReportingPeriod, council: Council, by signedIn: SignedIn, on db: Database) async throws -> Int {
        let values = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$periodKey == period.key).filter(\.$verifiedAt == nil).all()
            .filter { $0.value != nil || $0.missingReasonName != nil }
        guard !values.isEmpty else { throw Abort(.conflict, reason: "There is nothing to verify for \(period.label).") }
        try await db.write { db in
            for value in values {
                let before = try AuditTrail.snapshot(value)
                value.verifiedBy = signedIn.label
                value.verifiedAt = BeaconClock.current.now()
                try await save(value, existing: true, before: before, by: signedIn, on: db)
            }
            try await IndicatorCalculation.recompute(dependentsOf: indicator, period: period, council: council, by: signedIn, on: db)
        }
        return values.count
    }

    /// Judges the actual value for a period again, as when its target changes.
    static func rejudge(indicator: Indicator, period: ReportingPeriod, council: Council, by signedIn: SignedIn, on db: Database) async throws {
        guard let value = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$periodKey == period.key).filter(\.$kindName == ValueKind.actual.rawValue).first() else { return }
        _ = try await rejudge(value, indicator: indicator, council: council, by: signedIn, on: db)
    }

    /// Judges every actual value of the council again under its current settings, at a
    /// performance officer's request; each changed status is audited. Returns how many changed.
    static func rejudgeAll(council: Council, by signedIn: SignedIn, on db: Database) async throws -> Int {
        try await db.write { db in
            let indicators = try await Indicator.query(on: db).filter(\.$councilID == council.requireID()).all()
            var changed = 0
            for indicator in indicators {
                let values = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
                    .filter(\.$kindName == ValueKind.actual.rawValue).all()
                for value in values where try await rejudge(value, indicator: indicator, council: council, by: signedIn, on: db) {
                    changed += 1
                }
            }
            return changed
        }
    }

    /// Judges one value again and saves it (audited) only if its status or tolerance changed.
    private static func rejudge(_ value: IndicatorValue, indicator: Indicator, council: Council, by signedIn: SignedIn, on db: Database) async throws -> Bool {
        let before = try AuditTrail.snapshot(value)
        let was = (value.statusName, value.judgedTolerance)
        try await judge(value, indicator: indicator, council: council, on: db)
        guard was != (value.statusName, value.judgedTolerance) else { return false }
        try await save(value, existing: true, before: before, by: signedIn, on: db)
        return true
    }

    /// Judges an actual value against its period's target, keeping the tolerance it used.
    static func judge(_ value: IndicatorValue, indicator: Indicator, council: Council, on db: Database) async throws {
        guard value.kind == .actual, let measure = value.measure(unit: indicator.unit) else {
            value.statusName = nil
            value.judgedTolerance = nil
            return
        }
        let target = try await IndicatorTarget.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$periodKey == value.periodKey).first()
        let tolerance = council.tolerance(for: target)
        value.statusName = StatusRule.judge(actual: measure, target: target?.target(unit: indicator.unit),
                                            polarity: indicator.polarity, tolerance: tolerance, overdue: false).rawValue
        value.judgedTolerance = tolerance.text
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

extension IndicatorValue {
    static func new(indicator: Indicator, period: ReportingPeriod, kind: ValueKind) -> IndicatorValue {
        let value = IndicatorValue()
        value.councilID = indicator.councilID
        value.indicatorID = indicator.id!
        value.periodKey = period.key
        value.periodStart = period.start.iso
        value.kindName = kind.rawValue
        return value
    }
}

extension IndicatorTarget {
    static func new(indicator: Indicator, period: ReportingPeriod) -> IndicatorTarget {
        let target = IndicatorTarget()
        target.councilID = indicator.councilID
        target.indicatorID = indicator.id!
        target.periodKey = period.key
        target.periodStart = period.start.iso
        return target
    }
}
