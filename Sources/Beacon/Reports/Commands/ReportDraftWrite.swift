import BeaconDomain
import Fluent
import Vapor

/// What the "new report" form sends: a template, and for a report of one's own a scope and the
/// periods; the span defaults to the template's.
struct ReportDraftInput: Content {
    var template: String?
    var scopeKind: String?
    var scopeID: String?
    var from: String?
    var to: String?

    enum CodingKeys: String, CodingKey {
        case template, from, to
        case scopeKind = "scope_kind"
        case scopeID = "scope_id"
    }
}

/// Makes a draft report in one step: the template's sections (or the ones chosen later), the
/// scope, the span and a title; the content is assembled live until the report is issued.
enum ReportDraftWrite {
    static func create(_ input: ReportDraftInput, council: Council, by signedIn: SignedIn,
                       on db: Database) async throws -> Report {
        var check = FormCheck()
        let template: ReportTemplate? = check.choice("template", input.template, label: "Template")
        let span = checkedSpan(input, template: template, check: &check)
        var kind: ReportScopeKind? = template?.scope
        if template == .custom { kind = check.choice("scope_kind", input.scopeKind, label: "What the report covers") }
        let scopeID = kind == .council ? nil : check.requiredID("scope_id", input.scopeID, label: "Which one")
        guard check.isValid, let template, let span, let kind else { throw ValidationFailed(check) }
        let scope: ReportScope
        do {
            scope = try await ReportScope.resolve(kind: kind, id: scopeID, council: council, year: span.from.startYear,
                                                  on: db)
        } catch let missing as ScopeNotFound {
            throw ValidationFailed(field: "scope_id", "Choose a \(missing.noun) of this council")
        }
        let title = template.reportTitle(scopeName: scope.name, span: span)
        let plan = Plan(council: try council.requireID(), template: template, kind: kind, scopeID: scopeID, span: span,
                        title: title)
        return try await insert(plan, by: signedIn, on: db)
    }

    /// What a new draft is: its template, scope, span and title, and the report a resolution
    /// asked for if it is that.
    struct Plan: Sendable {
        let council: UUID
        let template: ReportTemplate
        let kind: ReportScopeKind
        let scopeID: UUID?
        let span: ReportSpan
        let title: String
        var followUp: UUID?
    }

    /// Writes a draft with the template's sections; `signedIn` is nil for the daily job.
    static func insert(_ plan: Plan, by signedIn: SignedIn?, on db: Database) async throws -> Report {
        let report = Report()
        report.councilID = plan.council
        report.title = plan.title
        report.template = plan.template
        report.scopeKind = plan.kind
        report.scopeID = plan.scopeID
        report.spanFrom = plan.span.from.key
        report.spanTo = plan.span.to.key
        report.introduction = ""
        report.sections = plan.template.sections.map { ReportSectionChoice(kind: $0) }
        report.budgetBase = .estimate
        report.budgetCompared = .outturn
        report.stage = .draft
        report.followUpID = plan.followUp
        report.edition = 1
        report.createdBy = signedIn?.label ?? "Beacon (daily job)"
        report.createdAt = BeaconClock.current.now()
        report.version = 1
        return try await db.write { tx in
            try await report.create(on: tx)
            try await AuditTrail.record(.create, report, before: nil, by: signedIn, on: tx)
            return report
        }
    }

    /// The template's span unless periods were chosen: `from` alone is one period, `from` and
    /// `to` a run of periods of one kind.
    private static func checkedSpan(_ input: ReportDraftInput, template: ReportTemplate?,
                                    check: inout FormCheck) -> ReportSpan? {
        let fromText = input.from?.trimmingCharacters(in: .whitespaces) ?? ""
        let toText = input.to?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !fromText.isEmpty else {
            return template.map { $0.span(on: BeaconClock.current.today) }
        }
        guard let from = ReportingPeriod(key: fromText) else {
            check.add("from", "Enter the first period as a key like 2026-27-q2")
            return nil
        }
        guard !toText.isEmpty else { return ReportSpan(from) }
        guard let to = ReportingPeriod(key: toText), let span = ReportSpan(from: from, to: to) else {
            check.add("to", "Enter a last period of the same kind as the first, no earlier than it")
            return nil
        }
        return span
    }
}
