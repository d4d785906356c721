import BeaconDomain
import Vapor

/// The settings a council starts with (`CouncilDefaults`), named briefly for the forms below.
private typealias Defaults = CouncilDefaults

/// A council's service centre settings as the council form checks and shows them: the
/// measures' thresholds, the standards calls are held to, and complaint time limits.
struct ServiceCentreSettings {
    let thresholds: MeasureThresholds
    let serviceLevelTarget: Int
    let abandonmentTarget: Int
    let complaints: ComplaintLimits
    let open311PerMinute: Int
    let open311Approval: Bool

    /// Field name, label, default, range, hint.
    private static let limits: [(String, String, Int, ClosedRange<Int>, String?)] = [
        ("complaintAcknowledge", "Complaints: acknowledge within, in working days", 5, 1...30, "Of receipt"),
        ("complaintStage1", "Complaints: stage 1 response within, in working days", 10, 1...60, "Of acknowledgement"),
        ("complaintStage1Extension", "Complaints: stage 1 extension of at most, in working days", 10, 0...60, nil),
        ("complaintStage2Acknowledge", "Complaints: acknowledge an escalation within, in working days", 5, 1...30, nil),
        ("complaintStage2", "Complaints: stage 2 response within, in working days", 20, 1...90, "Of acknowledging the escalation"),
        ("complaintStage2Extension", "Complaints: stage 2 extension of at most, in working days", 20, 0...90, nil),
    ]

    static func check(_ input: CouncilInput, _ check: inout FormCheck) -> ServiceCentreSettings? {
        let short = check.integer("shortAbandonSeconds",
                                  input.shortAbandonSeconds ?? String(Defaults.shortAbandonSeconds),
                                  label: "Short abandon", in: 0...120)
        let within = check.integer("answerWithinSeconds",
                                   input.answerWithinSeconds ?? String(Defaults.answerWithinSeconds),
                                   label: "Answer within", in: 1...3_600)
        let letters = check.integer("correspondenceWorkingDays",
                                    input.correspondenceWorkingDays ?? String(Defaults.correspondenceWorkingDays),
                                    label: "Letters and emails answered within", in: 1...60)
        let level = check.integer("serviceLevelTarget", input.serviceLevelTarget ?? String(Defaults.serviceLevelTarget),
                                  label: "Service level standard", in: 0...100)
        let abandon = check.integer("abandonmentTarget", input.abandonmentTarget ?? String(Defaults.abandonmentTarget),
                                    label: "Abandonment standard", in: 0...100)
        let values = [input.complaintAcknowledge, input.complaintStage1, input.complaintStage1Extension,
                      input.complaintStage2Acknowledge, input.complaintStage2, input.complaintStage2Extension]
        let days = zip(limits, values).map { limit, value in check.integer(limit.0, value ?? String(limit.2), label: limit.1, in: limit.3) }
        let open311 = check.integer("open311PerMinute",
                                    input.open311PerMinute ?? String(Defaults.open311RequestsPerMinute),
                                    label: "Open311 requests a minute for each client", in: 1...10_000)
        let approval = input.open311Approval ?? "no"
        if !["yes", "no"].contains(approval) { check.add("open311Approval", "Choose yes or no") }
        guard let short, let within, let letters, let level, let abandon, let open311,
              days.allSatisfy({ $0 != nil }) else {
            return nil
        }
        var complaints = ComplaintLimits()
        (complaints.acknowledge, complaints.stage1Response, complaints.stage1MaximumExtension) = (days[0]!, days[1]!, days[2]!)
        (complaints.stage2Acknowledge, complaints.stage2Response, complaints.stage2MaximumExtension) = (days[3]!, days[4]!, days[5]!)
        return ServiceCentreSettings(thresholds: MeasureThresholds(shortAbandonSeconds: short, answerWithinSeconds: within, correspondenceWorkingDays: letters),
                                     serviceLevelTarget: level, abandonmentTarget: abandon, complaints: complaints,
                                     open311PerMinute: open311, open311Approval: approval == "yes")
    }

    func apply(to council: Council) {
        (council.shortAbandonSeconds, council.answerWithinSeconds, council.correspondenceWorkingDays) =
            (thresholds.shortAbandonSeconds, thresholds.answerWithinSeconds, thresholds.correspondenceWorkingDays)
        (council.serviceLevelTarget, council.abandonmentTarget) = (serviceLevelTarget, abandonmentTarget)
        council.complaintLimits = complaints
        council.open311PerMinute = open311PerMinute
        council.open311Approval = open311Approval
    }

    static func fields(_ record: Council?, _ input: CouncilInput?) -> [FormField] {
        let stored = record?.complaintLimits ?? ComplaintLimits()
        let current = [stored.acknowledge, stored.stage1Response, stored.stage1MaximumExtension, stored.stage2Acknowledge, stored.stage2Response, stored.stage2MaximumExtension]
        let typed = [input?.complaintAcknowledge, input?.complaintStage1, input?.complaintStage1Extension,
                     input?.complaintStage2Acknowledge, input?.complaintStage2, input?.complaintStage2Extension]
        return [
            FormField(name: "shortAbandonSeconds", label: "Short abandon, in seconds", control: .number,
                      value: Defaults.shown(input?.shortAbandonSeconds, record?.shortAbandonSeconds,
                                            Defaults.shortAbandonSeconds),
                      hint: "A call abandoned within this time of arriving is left out of offered calls, service level and abandonment", required: true),
            FormField(name: "answerWithinSeconds", label: "Service level: answered within, in seconds", control: .number,
                      value: Defaults.shown(input?.answerWithinSeconds, record?.answerWithinSeconds,
                                            Defaults.answerWithinSeconds),
                      hint: "A call answered in this time or less counts towards the service level", required: true),
            FormField(name: "correspondenceWorkingDays", label: "Letters and emails answered within, in working days", control: .number,
                      value: Defaults.shown(input?.correspondenceWorkingDays, record?.correspondenceWorkingDays,
                                            Defaults.correspondenceWorkingDays), required: true),
            FormField(name: "serviceLevelTarget", label: "Service level standard, in per cent", control: .number,
                      value: Defaults.shown(input?.serviceLevelTarget, record?.serviceLevelTarget,
                                            Defaults.serviceLevelTarget),
                      hint: "The share of calls to answer within the time above, at least, for example 80", required: true),
            FormField(name: "abandonmentTarget", label: "Abandonment standard, in per cent", control: .number,
                      value: Defaults.shown(input?.abandonmentTarget, record?.abandonmentTarget,
                                            Defaults.abandonmentTarget),
                      hint: "The share of calls abandoned, at most", required: true),
            FormField(name: "open311PerMinute", label: "Open311 requests a minute for each client", control: .number,
                      value: Defaults.shown(input?.open311PerMinute, record?.open311PerMinute,
                                            Defaults.open311RequestsPerMinute),
                      hint: "An app (an API key) asking more often is told to wait (429)", required: true),
            FormField(name: "open311Approval", label: "Open311 requests approved by staff first",
                      control: .select([.init(value: "no", label: "No: raised at once"),
                                        .init(value: "yes", label: "Yes: the app gets a token until staff approve")]),
                      value: input?.open311Approval ?? ((record?.open311Approval ?? false) ? "yes" : "no")),
        ] + limits.indices.map { index in
            FormField(name: limits[index].0, label: limits[index].1, control: .number, value: typed[index] ?? String(current[index]),
                      hint: limits[index].4, required: true)
        }
    }
}
