import BeaconDomain
import Fluent
import Vapor

extension ReportAssembly {
    /// The actions of the scope's plans (of the strategy alone, for a strategy's report), with
    /// progress, status, due date, whether overdue, and the latest update.
    func actionParts(exceptionsOnly: Bool) async throws -> SectionParts {
        let entries = planDocuments.flatMap { document in
            document.actions.filter { scope.strategyID == nil || $0.strategyID == scope.strategyID }
                .map { (document.unitName, $0) }
        }
        var parts = SectionParts()
        let counts = ActionStatus.allCases.map { status in (status, entries.filter { $0.1.status == status }.count) }
        let overdue = entries.filter { $0.1.overdue }.count
        parts.summary = counts.filter { $0.1 > 0 }.map { "\($0.0.title): \(SectionParts.count($0.1, "action"))" }
            + ["Overdue: \(SectionParts.count(overdue, "action"))"]
        parts.chartTitle = "Actions by status"
        parts.chart = counts.map { ReportBar(label: $0.0.title, value: $0.1) }
        let shown = exceptionsOnly ? entries.filter { ReportException.keepsAction($0.1.status, overdue: $0.1.overdue) }
            : entries
        parts.tables = [ReportTable(
            caption: "Actions",
            columns: ["Unit", "Reference", "Action", "Priority", "Owner", "Due", "Status", "Progress", "Overdue",
                      "Latest update"],
            rows: shown.map { unit, action in
                [unit, action.reference, action.activity, action.priorityTitle ?? "—", action.owner,
                 action.due?.long ?? "—", action.status.title, "\(action.percent)%",
                 action.overdue ? "Overdue" : "No",
                 action.latestUpdate ?? ""]
            })]
        return parts
    }

    /// Open risks of the scope's plans with their current scores, a heat map as counts by
    /// likelihood and impact, and each risk's score at the last issued report of the same scope.
    func riskParts(exceptionsOnly: Bool) async throws -> SectionParts {
        let risks = planDocuments.flatMap { document in
            document.risks.filter(\.isOpen).map { (document.unitName, $0) }
        }
        let earlier = try await scoresAtLastReport()
        let scale = council.riskScale.points
        var parts = SectionParts()
        let bands: [RiskBand] = [.high, .medium, .low]
        parts.summary = bands.map { band in
            "\(band.title): \(SectionParts.count(risks.filter { $0.1.band == band }.count, "risk"))"
        }
        let shown = exceptionsOnly ? risks.filter { ReportException.keepsRisk($0.1.band) } : risks
        let heatRows = (1...scale).reversed().map { likelihood in
            ["Likelihood \(likelihood)"] + (1...scale).map { impact in
                String(risks.filter { $0.1.likelihood == likelihood && $0.1.impact == impact }.count)
            }
        }
        parts.tables = [
            ReportTable(caption: "Risks", columns: ["Unit", "Risk", "Owner", "Likelihood", "Impact", "Score", "Band",
                                                    "Target score", "Score at the last report"],
                        rows: shown.map { unit, risk in
                            [unit, "\(risk.reference) \(risk.element)", risk.owner, String(risk.likelihood),
                             String(risk.impact), String(risk.score), risk.band.title, String(risk.targetScore),
                             earlier["\(unit) \(risk.reference) \(risk.element)"] ?? "Not reported"]
                        }),
            ReportTable(caption: "Heat map: open risks by likelihood and impact",
                        columns: ["Likelihood"] + (1...scale).map { "Impact \($0)" }, rows: heatRows),
        ]
        return parts
    }

    /// Each risk's score in the last report issued before this one on the same scope and
    /// template, keyed by unit and risk as that report's table wrote them.
    private func scoresAtLastReport() async throws -> [String: String] {
        var query = Report.query(on: db).filter(\.$councilID == report.councilID)
            .filter(\.$template == report.template).filter(\.$scopeKind == report.scopeKind)
            .filter(\.$stage == .issued).filter(\.$spanTo < report.spanTo)
        if let id = report.id { query = query.filter(\.$id != id) }
        if let scopeID = report.scopeID { query = query.filter(\.$scopeID == scopeID) }
        guard let last = try await query.sort(\.$spanTo, .descending).first(),
              let content = try last.frozenContent(),
              let table = content.sections.first(where: { $0.kind == .risks })?.tables.first else { return [:] }
        var scores: [String: String] = [:]
        for row in table.rows where row.count > 5 { scores["\(row[0]) \(row[1])"] = row[5] }
        return scores
    }

    /// The net budget of each service activity in the scope's plans for the report's year, one
    /// kind against another (the report's choice), with the variance.
    func budgetParts(exceptionsOnly: Bool) async throws -> SectionParts {
        let planIDs = scope.plans.compactMap(\.id)
        let lines = try await BudgetLine.query(on: db).filter(\.$planID ~~ planIDs)
            .filter(\.$year == span.from.startYear).all()
        let kinds = [report.budgetBase, report.budgetCompared]
        let units = Dictionary(uniqueKeysWithValues: try await Unit.query(on: db)
            .filter(\.$councilID == report.councilID).all().map { ($0.id!, $0.name) })
        let unitOfPlan = Dictionary(uniqueKeysWithValues: scope.plans.map { ($0.id!, units[$0.unitID] ?? "—") })
        var nets: [String: [BudgetKind: Int]] = [:]
        for line in lines where kinds.contains(line.kind) {
            let key = "\(unitOfPlan[line.planID] ?? "—")\u{1F}\(line.activity)"
            nets[key, default: [:]][line.kind, default: 0] += line.expenditurePence - line.incomePence
        }
        var rows: [[String]] = []
        var totals = (base: 0, compared: 0)
        for key in nets.keys.sorted() {
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            let base = nets[key]?[report.budgetBase] ?? 0
            let compared = nets[key]?[report.budgetCompared] ?? 0
            totals.base += base
            totals.compared += compared
            guard !exceptionsOnly || ReportException.keepsBudgetLine(pence: compared,
                comparedWith: base) else { continue }
            rows.append([parts[0], parts[1], Money.pounds(base), Money.pounds(compared), Money.pounds(compared - base),
                         Self.percentChange(compared, from: base)])
        }
        var section = SectionParts()
        section.summary = ["Net \(report.budgetBase.title.lowercased()): \(Money.pounds(totals.base))",
                           "Net \(report.budgetCompared.title.lowercased()): \(Money.pounds(totals.compared))",
                           "Variance: \(Money.pounds(totals.compared - totals.base))"]
        section.tables = [ReportTable(
            caption: "Budget \(ReportingPeriod.year(span.from.startYear).yearLabel): "
                + "\(report.budgetBase.title) against \(report.budgetCompared.title.lowercased())",
            columns: ["Unit", "Service activity", report.budgetBase.title, report.budgetCompared.title, "Variance",
                      "Variance %"],
            rows: rows)]
        return section
    }

    static func percentChange(_ value: Int, from base: Int) -> String {
        guard base != 0 else { return "—" }
        return String(format: "%.1f%%", Double(value - base) * 100 / Double(abs(base)))
    }
}
