/// The settings a council starts with, in one place: the council form shows them, input that
/// leaves one out takes it, and the demo councils use them. The migrations that added the
/// columns keep the values they were written with, as a migration must not change once run.
enum CouncilDefaults {
    static let callInThreshold = 5
    static let referralThreshold = 5
    static let callInWorkingDays = 5
    static let keyDecisionThresholdPounds = 500_000
    static let serviceStandardDays = 10
    static let tolerancePercent = 5
    static let valueDueWorkingDays = 10
    static let escalationWorkingDays = 5
    static let noChangeMargin = "1"
    static let riskScalePoints = 4
    static let onTrackPercent = 90
    static let offTrackPercent = 70
    static let shortAbandonSeconds = 5
    static let answerWithinSeconds = 20
    static let correspondenceWorkingDays = 10
    static let serviceLevelTarget = 80
    static let abandonmentTarget = 5
    static let open311RequestsPerMinute = 60

    /// What a settings field shows: what was typed, else the council's setting, else the default.
    static func shown(_ typed: String?, _ stored: Int?, _ fallback: Int) -> String {
        typed ?? stored.map(String.init) ?? String(fallback)
    }
}
