import Vapor

/// `beacon retention run [--dry-run]`: applies every council's retention schedule now, as the
/// daily job does, and prints what it did (or, dry, what it would do).
struct RetentionCommands: AsyncCommandGroup {
    let help = "The retention schedule for personal data."
    var commands: [String: any AnyAsyncCommand] { ["run": RetentionRunCommand()] }
}

struct RetentionRunCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "dry-run", help: "Count what would be blanked or deleted; change nothing.")
        var dryRun: Bool
        init() {}
    }

    let help = "Blank personal details past each council's retention periods, now."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let report = try await BeaconClock.$current.withValue(app.clock) {
            try await RetentionRun.run(dryRun: signature.dryRun, on: app.db)
        }
        context.console.print(report.text)
    }
}
