import BeaconDomain
import Plot

/// An action's SMART check on its form: each letter passed or failed, in words as well as a
/// mark, with the reason, so an officer sees what to change before the plan is published.
enum SmartCheckView {
    static func section(_ check: SmartCheck) -> Node<HTML.BodyContext> {
        .section(.class("smart-check"), .attribute(named: "aria-labelledby", value: "smart-check-heading"),
                 .h2(.id("smart-check-heading"), .text("SMART check")),
                 .p(.text(summary(check))),
                 .ul(.forEach(check.findings) { finding in
                     .li(.class(finding.passed ? "smart-passed" : "smart-failed"),
                         .strong(.text("\(finding.letter.title): \(finding.passed ? "passes" : "fails"). ")),
                         .text(finding.reason))
                 }))
    }

    /// One sentence for the confirmation after saving.
    static func summary(_ check: SmartCheck) -> String {
        if check.isSmart { return "SMART check: passes all five (\(check.letters))." }
        let reasons = check.failed.map { "\($0.letter.title): \($0.reason)" }.joined(separator: " ")
        return "SMART check: \(check.letters). \(reasons)"
    }
}
