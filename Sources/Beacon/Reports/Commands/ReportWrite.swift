import BeaconDomain
import Fluent
import Vapor

/// Changes to a report: a draft's title, introduction, sections and narratives; issuing, which
/// freezes the content; and a correction, a new draft edition that will supersede the issued one.
enum ReportWrite {
    /// Saves a draft. `input` holds `title`, `introduction`, `budget_base`, `budget_compared`,
    /// and for each section kind `include_<kind>`, `narrative_<kind>` and `exceptions_<kind>`.
    static func save(_ report: Report, _ input: [String: String], by signedIn: SignedIn,
                     on db: Database) async throws -> Report {
        guard report.stage.mayEdit else { throw Abort(.conflict, reason: "Only a draft report can be changed.") }
        var check = FormCheck()
        let title = check.required("title", input["title"], label: "Title")
        let introduction = check.optional("introduction", input["introduction"], label: "Introduction", max: 20_000)
        let base: BudgetKind? = check.choice("budget_base", input["budget_base"], label: "Budget compared from")
        let compared: BudgetKind? = check.choice("budget_compared", input["budget_compared"],
            label: "Budget compared to")
        let sections = ReportSectionKind.allCases.compactMap { kind -> ReportSectionChoice? in
            guard input["include_\(kind.rawValue)"] != nil else { return nil }
            let narrative = check.optional("narrative_\(kind.rawValue)", input["narrative_\(kind.rawValue)"],
                                           label: "\(kind.title) narrative", max: 20_000)
            return ReportSectionChoice(kind: kind, narrative: narrative ?? "",
                                       exceptionsOnly: input["exceptions_\(kind.rawValue)"] != nil)
        }
        if sections.isEmpty { check.add("include_indicators", "Choose at least one section") }
        guard check.isValid, let title, let base, let compared else { throw ValidationFailed(check) }
        let version = try versionOf(input)
        return try await change(report, expecting: version, by: signedIn, on: db) { report in
            report.title = title
            report.introduction = introduction ?? ""
            report.budgetBase = base
            report.budgetCompared = compared
            report.sections = sections
        }
    }

    /// Issues a draft: assembles its content once more, freezes it as JSON, and records who
    /// issued it, when and to whom. A correction's issue supersedes the edition it corrects.
    static func issue(_ report: Report, _ input: [String: String], council: Council, by signedIn: SignedIn,
                      on db: Database) async throws -> Report {
        guard report.stage.mayIssue else { throw Abort(.conflict, reason: "This report has already been issued.") }
        var check = FormCheck()
        let audience: ReportAudience? = check.choice("issued_to", input["issued_to"], label: "Issued to")
        let note = check.optional("issued_to_note", input["issued_to_note"], label: "Meeting or committee")
        let agendaItem = check.optionalID("agenda_item_id", input["agenda_item_id"], label: "Agenda item")
        if audience == .meeting && agendaItem == nil { check.add("agenda_item_id", "Choose the agenda item") }
        guard check.isValid, let audience else { throw ValidationFailed(check) }
        let itemNote = try await agendaItemNote(agendaItem, council: report.councilID, on: db)
        let version = try versionOf(input)
        let now = BeaconClock.current.now()
        let content = try await ReportAssembly.content(of: report, council: council, today: UKTime.day(of: now),
                                                       on: db)
        let frozen = try content.frozen()
        // The public reads who issued it: a person's name, not the address they sign in with.
        let issuer = try await signedIn.userID.asyncMap { try await User.find($0, on: db)?.name } ?? nil
        let toNote = [itemNote, note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
        return try await db.write { tx in
            let issued = try await change(report, expecting: version, by: signedIn, on: tx) { report in
                report.stage = .issued
                report.content = frozen
                report.issuedAt = now
                report.issuedBy = issuer ?? signedIn.label
                report.issuedTo = audience
                report.issuedToNote = toNote
                report.agendaItemID = agendaItem
            }
            if let earlier = issued.supersedesID, let old = try await Report.find(earlier, on: tx) {
                _ = try await change(old, expecting: old.version, by: signedIn, on: tx) { $0.stage = .superseded }
            }
            return issued
        }
    }

    /// Starts a correction of an issued report: a draft of the next edition with the same
    /// choices and narratives, saying why. The issued edition stays as it is until the
    /// correction is issued, and readable after.
    static func correct(_ report: Report, _ input: [String: String], by signedIn: SignedIn,
                        on db: Database) async throws -> Report {
        guard report.stage.mayCorrect else {
            throw Abort(.conflict, reason: "Only the current issued edition of a report can be corrected.")
        }
        var check = FormCheck()
        let reason = check.required("correction_reason", input["correction_reason"], label: "Why it is corrected",
                                    max: 2_000)
        guard check.isValid, let reason else { throw ValidationFailed(check) }
        if try await Report.query(on: db).filter(\.$supersedesID == report.requireID()).first() != nil {
            throw Abort(.conflict, reason: "A correction of this report has already been started.")
        }
        let draft = report.nextEdition(reason: reason, by: signedIn.label)
        return try await db.write { tx in
            try await draft.create(on: tx)
            try await AuditTrail.record(.create, draft, before: nil, by: signedIn, on: tx)
            return draft
        }
    }

    private static func versionOf(_ input: [String: String]) throws -> Int {
        guard let text = input["version"], let version = Int(text) else {
            throw ValidationFailed(field: "version", "Send the version of the report you are changing")
        }
        return version
    }

    private static func agendaItemNote(_ id: UUID?, council: UUID, on db: Database) async throws -> String? {
        guard let id else { return nil }
        guard let item = try await AgendaItem.find(id, on: db), item.councilID == council,
              let meeting = try await Meeting.find(item.meetingID, on: db),
              let committee = try await Committee.find(meeting.committeeID, on: db) else {
            throw ValidationFailed(field: "agenda_item_id", "Choose an agenda item of one of the council's meetings")
        }
        return "\(committee.name), \(UKTime.day(of: meeting.startsAt).long), item \(item.number)"
    }

    /// Checks the version, applies the change and audits it, in one transaction.
    private static func change(_ report: Report, expecting version: Int, by signedIn: SignedIn, on db: Database,
                               _ apply: @escaping @Sendable (Report) -> Void) async throws -> Report {
        guard version == report.version else { throw EditConflict(noun: "report") }
        return try await db.write { tx in
            let before = try AuditTrail.snapshot(report)
            try await RecordWrite.claimVersion(of: Report.schema, id: report.requireID(), expecting: version,
                                               noun: "report", on: tx)
            apply(report)
            report.version = version + 1
            try await report.update(on: tx)
            try await AuditTrail.record(.update, report, before: before, by: signedIn, on: tx)
            return report
        }
    }
}

extension Report {
    /// A draft of the next edition, with this edition's choices and narratives.
    func nextEdition(reason: String, by label: String) -> Report {
        let draft = Report()
        draft.councilID = councilID
        draft.title = title
        draft.template = template
        draft.scopeKind = scopeKind
        draft.scopeID = scopeID
        draft.spanFrom = spanFrom
        draft.spanTo = spanTo
        draft.introduction = introduction
        draft.sectionsJSON = sectionsJSON
        draft.budgetBase = budgetBase
        draft.budgetCompared = budgetCompared
        draft.stage = .draft
        draft.supersedesID = id
        draft.followUpID = followUpID
        draft.correctionReason = reason
        draft.edition = edition + 1
        draft.createdBy = label
        draft.createdAt = BeaconClock.current.now()
        draft.version = 1
        return draft
    }
}
