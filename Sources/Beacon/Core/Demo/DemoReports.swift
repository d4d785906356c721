import BeaconDomain
import Fluent
import Vapor

/// Wrenmoor's reports, made by the same commands an officer's forms use: the quarterly
/// performance report issued to an item on the next cabinet's agenda, the six-monthly progress
/// report on the customer services strategy issued to cabinet, and a draft of this year's
/// annual performance plan.
enum DemoReports {
    static func load(council: Council, on db: Database) async throws {
        let officer = SignedIn(actor: Actor(role: .performanceOfficer, councilID: council.id!), userID: nil,
                               apiKeyID: nil, label: "Tom Ridley",
                               councilName: council.name, councilSlug: council.slug)
        // Issued at the first run, like the rest of the demo's trail: reports have no date of
        // their own to invent, and their figures are as the demo's data stands then.
        try await quarterly(council: council, by: officer, on: db)
        try await strategyProgress(council: council, by: officer, on: db)
        let plan = try await ReportDraftWrite.create(
            ReportDraftInput(template: ReportTemplate.annualPerformancePlan.rawValue),
                                                     council: council, by: officer, on: db)
        _ = try await ReportWrite.save(plan, input(plan, narratives: [.performancePlan: DemoReportTexts.planDraft]),
                                       by: officer, on: db)
    }

    private static func quarterly(council: Council, by officer: SignedIn, on db: Database) async throws {
        let draft = try await ReportDraftWrite.create(
            ReportDraftInput(template: ReportTemplate.quarterlyPerformance.rawValue),
                                                      council: council, by: officer, on: db)
        let saved = try await ReportWrite.save(draft, input(draft, narratives: DemoReportTexts.quarterly,
                                                            exceptions: [.actions]), by: officer, on: db)
        let item = try await cabinetItem(council: council, title: saved.title, on: db)
        _ = try await ReportWrite.issue(saved, ["issued_to": ReportAudience.meeting.rawValue,
                                                "agenda_item_id": item.uuidString, "version": String(saved.version)],
                                        council: council, by: officer, on: db)
    }

    private static func strategyProgress(council: Council, by officer: SignedIn, on db: Database) async throws {
        let strategy = try await Strategy.query(on: db).filter(\.$councilID == council.id!)
            .filter(\.$title == "Customer Services Strategy").first()!
        let draft = try await ReportDraftWrite.create(
            ReportDraftInput(template: ReportTemplate.strategyProgress.rawValue, scopeID: strategy.id!.uuidString),
            council: council, by: officer, on: db)
        let saved = try await ReportWrite.save(draft, input(draft, narratives: DemoReportTexts.strategy),
                                               by: officer, on: db)
        _ = try await ReportWrite.issue(saved, ["issued_to": ReportAudience.cabinet.rawValue,
                                                "issued_to_note": "Cabinet, as its resolution on the strategy asked",
                                                "version": String(saved.version)],
                                        council: council, by: officer, on: db)
    }

    /// The report's form as an officer would send it: every chosen section kept, with its narrative.
    static func input(_ report: Report, narratives: [ReportSectionKind: String],
                      exceptions: Set<ReportSectionKind> = []) -> [String: String] {
        var input = ["title": report.title, "introduction": DemoReportTexts.introduction,
                     "budget_base": BudgetKind.revised.rawValue, "budget_compared": BudgetKind.estimate.rawValue,
                     "version": String(report.version)]
        for section in report.sections {
            input["include_\(section.kind.rawValue)"] = "yes"
            input["narrative_\(section.kind.rawValue)"] = narratives[section.kind] ?? ""
            if exceptions.contains(section.kind) { input["exceptions_\(section.kind.rawValue)"] = "yes" }
        }
        return input
    }

    /// An item for the report on the next cabinet meeting's agenda, added as democratic services would.
    private static func cabinetItem(council: Council, title: String, on db: Database) async throws -> UUID {
        let cabinet = try await Committee.query(on: db).filter(\.$councilID == council.id!)
            .filter(\.$name == "Cabinet").first()!
        let meeting = try await Meeting.query(on: db).filter(\.$committeeID == cabinet.id!)
            .filter(\.$status == .scheduled).sort(\.$startsAt).first()!
        let democratic = SignedIn(actor: Actor(role: .democraticServices, councilID: council.id!), userID: nil,
                                  apiKeyID: nil, label: "democratic@wrenmoor.example (demo data)",
                                  councilName: council.name, councilSlug: council.slug)
        try await MeetingWrite.addItem(to: meeting, MeetingItemInput(title: title,
            author: "Report of the head of policy "
            + "and performance", report: DemoReportTexts.cabinetItem), by: democratic, on: db)
        return try await AgendaItem.query(on: db).filter(\.$meetingID == meeting.id!).sort(\.$number, .descending)
            .first()!.requireID()
    }
}
