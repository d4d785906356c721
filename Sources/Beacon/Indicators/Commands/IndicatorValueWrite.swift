import BeaconDomain
import Fluent
import Vapor

/// One value for an indicator, period and kind, as the source that supplies it gives it.
struct ValueRecording: Sendable {
    /// Who or what verifies the value as it is recorded.
    enum Verification: Sendable {
        /// A person typed it: a changed value waits for the performance officer; an unchanged
        /// one keeps the verification it had.
        case keptUnlessChanged
        /// The source vouches for it (a feed from the service centre, a formula of verified inputs).
        case by(String)
        /// Nobody has verified it yet.
        case unverified
    }

    var kind: ValueKind = .actual
    /// The measure as stored (`MeasureUnit.storageText`), or nil.
    var value: String?
    var missingReason: MissingReason?
    /// Why a calculated or fed value could not be worked out.
    var calculationNote: String?
    /// The commentary to keep with the value; nil keeps the one it has.
    var commentary: String?
    var restatementReason: String?
    var enteredBy: String
    var verification: Verification
}

/// The one command that saves indicator values. The data-entry form, the API, the import, a
/// consultation's result, the service centre's feeds, formula recalculation and the demo all
/// record values through it: in a transaction (joining the caller's), with a version check,
/// the status judged once through `StatusRule` and stored, an audit entry, and the calculated
/// indicators that read the value worked out again.
enum IndicatorValueWrite {
    /// Records the value and returns it as saved; a recording that changes nothing saves nothing.
    /// `expecting` is the version the person's form was opened at (nil for systems).
    @discardableResult
    static func record(_ recording: ValueRecording, indicator: Indicator, period: ReportingPeriod, council: Council,
                       expecting version: Int? = nil, by signedIn: SignedIn?,
                       on db: Database) async throws -> IndicatorValue {
        try await db.write { db in
            let existing = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
                .filter(\.$period == period).filter(\.$kind == recording.kind).first()
            if let existing, let version, version != existing.version { throw EditConflict(noun: "value") }
            let record = existing ?? IndicatorValue.new(indicator: indicator, period: period, kind: recording.kind)
            let before = try existing.map(AuditTrail.snapshot)
            let changed = existing.map {
                $0.value != recording.value || $0.missingReason != recording.missingReason
                    || $0.calculationNote != recording.calculationNote
            } ?? true
            guard existing == nil || changed || differs(record, recording) else { return record }
            apply(recording, to: record, changed: changed, wasVerified: existing?.isVerified == true)
            record.revision = indicator.revision
            try await judge(record, indicator: indicator, council: council, on: db)
            try await IndicatorWrite.save(record, existing: existing != nil, before: before, by: signedIn, on: db)
            if record.kind == .actual, changed || existing?.isVerified != record.isVerified {
                try await IndicatorCalculation.recompute(dependentsOf: indicator, period: period, council: council,
                                                         by: signedIn, on: db)
            }
            return record
        }
    }

    /// Whether a recording of the same figure still changes something worth saving.
    private static func differs(_ record: IndicatorValue, _ recording: ValueRecording) -> Bool {
        if let commentary = recording.commentary, commentary != record.commentary { return true }
        if record.enteredBy != recording.enteredBy { return true }
        switch recording.verification {
        case .keptUnlessChanged: return recording.commentary != nil
        case .by(let who): return record.verifiedBy != who
        case .unverified: return record.isVerified
        }
    }

    private static func apply(_ recording: ValueRecording, to record: IndicatorValue, changed: Bool,
                              wasVerified: Bool) {
        let now = BeaconClock.current.now()
        if changed {
            record.value = recording.value
            record.missingReason = recording.missingReason
            record.calculationNote = recording.calculationNote
            record.restatementReason = wasVerified ? recording.restatementReason : nil
        }
        if let commentary = recording.commentary { record.commentary = commentary.isEmpty ? nil : commentary }
        record.enteredBy = recording.enteredBy
        record.enteredAt = now
        switch recording.verification {
        case .keptUnlessChanged:
            if changed { (record.verifiedBy, record.verifiedAt) = (nil, nil) }
        case .by(let who):
            (record.verifiedBy, record.verifiedAt) = (who, now)
        case .unverified:
            (record.verifiedBy, record.verifiedAt) = (nil, nil)
        }
    }

    /// Marks a period's unverified values as verified by the performance officer.
    static func verify(indicator: Indicator, period: ReportingPeriod, council: Council, by signedIn: SignedIn,
                       on db: Database) async throws -> Int {
        let values = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$period == period).filter(\.$verifiedAt == nil).all()
            .filter { $0.value != nil || $0.missingReason != nil }
        guard !values.isEmpty else { throw Abort(.conflict, reason: "There is nothing to verify for \(period.label).") }
        try await db.write { db in
            for value in values {
                let before = try AuditTrail.snapshot(value)
                value.verifiedBy = signedIn.label
                value.verifiedAt = BeaconClock.current.now()
                try await IndicatorWrite.save(value, existing: true, before: before, by: signedIn, on: db)
            }
            try await IndicatorCalculation.recompute(dependentsOf: indicator, period: period, council: council,
                                                     by: signedIn, on: db)
        }
        return values.count
    }

    /// Judges the actual value for a period again, as when its target changes.
    static func rejudge(indicator: Indicator, period: ReportingPeriod, council: Council, by signedIn: SignedIn,
                        on db: Database) async throws {
        guard let value = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$period == period).filter(\.$kind == ValueKind.actual).first() else { return }
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
                    .filter(\.$kind == ValueKind.actual).all()
                for value in values
                where try await rejudge(value, indicator: indicator, council: council, by: signedIn, on: db) {
                    changed += 1
                }
            }
            return changed
        }
    }

    /// Judges one value again and saves it (audited) only if its status or tolerance changed.
    private static func rejudge(_ value: IndicatorValue, indicator: Indicator, council: Council, by signedIn: SignedIn,
                                on db: Database) async throws -> Bool {
        let before = try AuditTrail.snapshot(value)
        let was = (value.status, value.judgedTolerance)
        try await judge(value, indicator: indicator, council: council, on: db)
        guard was != (value.status, value.judgedTolerance) else { return false }
        try await IndicatorWrite.save(value, existing: true, before: before, by: signedIn, on: db)
        return true
    }

    /// Judges an actual value against its period's target, keeping the tolerance it used.
    static func judge(_ value: IndicatorValue, indicator: Indicator, council: Council, on db: Database) async throws {
        guard value.kind == .actual, let measure = value.measure(unit: indicator.unit) else {
            value.status = nil
            value.judgedTolerance = nil
            return
        }
        let target = try await IndicatorTarget.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$period == value.period).first()
        let tolerance = council.tolerance(for: target)
        value.status = StatusRule.judge(actual: measure, target: target?.target(unit: indicator.unit),
                                        polarity: indicator.polarity, tolerance: tolerance, overdue: false)
        value.judgedTolerance = tolerance.text
    }
}

extension IndicatorValue {
    static func new(indicator: Indicator, period: ReportingPeriod, kind: ValueKind) -> IndicatorValue {
        let value = IndicatorValue()
        value.councilID = indicator.councilID
        value.indicatorID = indicator.id!
        value.period = period
        value.periodStart = period.start.iso
        value.kind = kind
        return value
    }
}
