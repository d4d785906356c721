import BeaconDomain
import Fluent
import Vapor

/// `beacon import contacts FILE [--council SLUG] [--source NAME]`: loads a call-record CSV
/// file, with a progress bar, and lists the rows it refused.
struct ImportCommands: AsyncCommandGroup {
    let help = "Import data from files."
    var commands: [String: any AnyAsyncCommand] { ["contacts": ImportContactsCommand()] }
}

struct ImportContactsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The CSV file of call records")
        var file: String
        @Option(name: "council", short: "c", help: "The council's short name; needed when there is more than one council")
        var council: String?
        @Option(name: "source", short: "s", help: "The system the records come from (default telephony); a record is new unless this source sent its contact_id before")
        var source: String?
        init() {}
    }

    let help = "Import call records (contact_id, channel, queue, arrived_at, answered_at, ended_at, agent, outcome) from a CSV file."

    func run(using context: CommandContext, signature: Signature) async throws {
        try await BeaconClock.$current.withValue(context.application.clock) { try await importFile(signature, context) }
    }

    private func importFile(_ signature: Signature, _ context: CommandContext) async throws {
        let db = context.application.db
        let council = try await CommandCouncil.find(signature.council, on: db)
        let job = ContactImport(council: council, source: signature.source ?? "telephony", clock: context.application.clock)
        let run = try await job.start(path: signature.file, fileName: URL(fileURLWithPath: signature.file).lastPathComponent, by: nil, on: db)
        let bar = ProgressBar(console: context.console, total: run.totalRows)
        try await job.run(run, path: signature.file, by: nil, on: db) { bar.show($0.rowsRead) }
        bar.finish()
        context.console.print(ImportReport.summary(run))
        if !run.problems.isEmpty { context.console.warning(run.problems.trimmingCharacters(in: .newlines)) }
        if let failure = run.failure { context.console.error(failure) }
    }
}

/// `beacon holidays import FILE`: loads a newer gov.uk bank holidays file.
struct HolidayCommands: AsyncCommandGroup {
    let help = "Bank holidays for working days."
    var commands: [String: any AnyAsyncCommand] { ["import": ImportHolidaysCommand()] }
}

struct ImportHolidaysCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A bank holidays file in gov.uk's format (https://www.gov.uk/bank-holidays.json)")
        var file: String
        init() {}
    }

    let help = "Load a newer bank holidays file; working days are counted with it from then on."

    func run(using context: CommandContext, signature: Signature) async throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: signature.file))
        let years = try await BeaconClock.$current.withValue(context.application.clock) {
            try await BankHolidayFile.importFile(data, on: context.application.db)
        }
        context.console.print("Bank holidays loaded for \(years.lowerBound) to \(years.upperBound); other years follow the rules.")
    }
}

/// The council a command works on.
enum CommandCouncil {
    static func find(_ slug: String?, on db: Database) async throws -> Council {
        let councils = try await Council.query(on: db).filter(\.$closedOn == nil).sort(\.$slug).all()
        if let slug {
            guard let council = councils.first(where: { $0.slug == slug }) else {
                throw CommandProblem("There is no open council with the short name \(slug); there are: \(councils.map(\.slug).joined(separator: ", ")).")
            }
            return council
        }
        guard councils.count == 1 else {
            throw CommandProblem("Say which council with --council; there are: \(councils.map(\.slug).joined(separator: ", ")).")
        }
        return councils[0]
    }
}

/// Why a command could not do its work, as the terminal shows it.
struct CommandProblem: LocalizedError {
    let errorDescription: String?
    init(_ description: String) { errorDescription = description }
}

extension CallRecord.Problem: LocalizedError {
    public var errorDescription: String? { description }
}

extension PublishedBankHolidays.Problem: LocalizedError {
    public var errorDescription: String? { description }
}

/// A progress bar on the terminal: `[#########...........]  45%  450,000 of 1,000,000 rows`.
struct ProgressBar {
    let console: any Console
    let total: Int

    func show(_ done: Int) {
        let share = total > 0 ? min(Double(done) / Double(total), 1) : 1
        let filled = Int(share * 30)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
        console.output("\r[\(bar)] \(String(format: "%3.0f", share * 100))%  \(Money.grouped(done)) of \(Money.grouped(total)) rows".consoleText(), newLine: false)
    }

    func finish() { console.output("".consoleText(), newLine: true) }
}

/// What an import did, in a sentence.
enum ImportReport {
    static func summary(_ run: ContactImportRun) -> String {
        "Rows read: \(Money.grouped(run.rowsRead)). Contacts imported: \(Money.grouped(run.inserted)); already there: \(Money.grouped(run.duplicates)); refused: \(Money.grouped(run.rejected))."
    }
}
