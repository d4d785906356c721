import BeaconDomain
import Fluent
import Vapor

/// What the outcome form of a consultation sends, once it has run.
struct ConsultationOutcomeInput: Content, VersionedInput {
    var outcome: String?
    var responses: String?
    /// The survey's result, for the indicator it feeds.
    var result: String?
    var version: Int?
}

extension PlanMonitoringWrite {
    /// Records what a consultation found, on a plan of any status but superseded. When it
    /// feeds an indicator and a result is given, the result is entered as the indicator's
    /// actual for the period containing the completion date, through `IndicatorWrite`, in
    /// the same transaction: both are saved or neither.
    static func recordOutcome(_ consultation: PlanConsultation, _ input: ConsultationOutcomeInput, council: Council,
                              by signedIn: SignedIn, on db: Database) async throws {
        var check = FormCheck()
        let outcome = check.required("outcome", input.outcome, label: "Outcome", max: 2000)
        let responses = (input.responses ?? "").isEmpty ? nil : check.integer("responses", input.responses, label: "Responses", in: 0...1_000_000)
        let result = input.result?.trimmingCharacters(in: .whitespaces) ?? ""
        let indicator = try await consultation.indicatorID.asyncMap { try await Indicator.find($0, on: db) } ?? nil
        if !result.isEmpty, indicator == nil { check.add("result", "This consultation feeds no indicator; link one to it while the plan is a draft") }
        if !result.isEmpty, let indicator,
           AccessPolicy.decide(signedIn.actor, .enterIndicatorValues(council: indicator.councilID, unit: indicator.owningUnitID)) != .allowed {
            check.add("result", "You may not enter values for \(indicator.code); ask its reporting officer")
        }
        try check.orThrow()
        guard let version = input.version else { throw ValidationFailed(field: "version", "Send the version of the consultation you are updating") }
        try await db.write { db in
            if !result.isEmpty, let indicator {
                try await feed(indicator, result: result, from: consultation, responses: responses, council: council, by: signedIn, on: db)
            }
            let before = try AuditTrail.snapshot(consultation)
            try await RecordWrite.claimVersion(of: PlanConsultation.schema, id: consultation.requireID(), expecting: version, noun: "consultation", on: db)
            (consultation.outcome, consultation.responses, consultation.version) = (outcome!, responses, version + 1)
            try await consultation.update(on: db)
            try await AuditTrail.record(.update, consultation, before: before, by: signedIn, on: db)
        }
    }

    private static func feed(_ indicator: Indicator, result: String, from consultation: PlanConsultation, responses: Int?,
                             council: Council, by signedIn: SignedIn, on db: Database) async throws {
        let day = consultation.completionOn
        let period = ReportingPeriod(containing: day, kind: indicator.frequency.periodKind)
        let existing = try await IndicatorValue.query(on: db).filter(\.$indicatorID == indicator.requireID())
            .filter(\.$period == period).filter(\.$kind == ValueKind.actual).first()
        let source = "From the \(consultation.title)" + (responses.map { " (\($0) responses)" } ?? "")
        let input = ValueInput(kind: ValueKind.actual.rawValue, value: result, missingReason: nil, commentary: source,
                               restatementReason: existing == nil ? nil : source, version: existing?.version)
        do {
            _ = try await IndicatorWrite.enterValue(input, indicator: indicator, period: period, council: council, by: signedIn, on: db)
        } catch let failed as ValidationFailed {
            // The indicator's own checks name its fields; on this form they are about the result.
            throw ValidationFailed(field: "result", failed.problems.map(\.message).joined(separator: "; "))
        }
    }
}
