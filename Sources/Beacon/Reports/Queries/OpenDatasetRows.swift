import BeaconDomain
import Fluent
import SQLKit
import Vapor

/// Reads a dataset's rows for the public: what the public pages show, as open data. Addresses
/// are absolute (`base` is `BEACON_PUBLIC_URL` or the request's host), so a downloaded file's
/// links work where it is opened.
struct OpenDatasetRows {
    let view: CouncilView
    let base: String
    let db: Database
    private let stamp = ISO8601DateFormatter()

    init(view: CouncilView, base: String, db: Database) {
        self.view = view
        self.base = base
        self.db = db
    }

    func table(_ dataset: OpenDataset) async throws -> ExportTable {
        let rows: [[String?]]
        switch dataset {
        case .indicators, .plans:
            throw Abort(.notFound, reason: "The \(dataset.title.lowercased()) download from their own page.")
        case .decisions: rows = try await decisions()
        case .forwardPlan: rows = try await forwardPlan()
        case .meetings: rows = try await meetings()
        case .councillors: rows = try await councillors()
        case .strategies: rows = try await strategies()
        case .reports: rows = try await reports()
        case .services: rows = try await services()
        case .serviceCentre: rows = try await serviceCentre()
        case .complaints: rows = try await complaints()
        }
        return ExportTable(columns: dataset.columns.map(\.name), rows: rows)
    }

    func address(_ url: SiteURL) -> String { base + url.path }

    private func instant(_ date: Date?) -> String? { date.map { stamp.string(from: $0) } }

    private func decisions() async throws -> [[String?]] {
        try await DecisionRegisterPage.load(view, mayRun: false, on: db).map { row in
            let notice = row.notice
            return [notice.reference, notice.topic, row.maker, notice.isKey ? "yes" : "no", row.status.title,
                    notice.outcome?.title, instant(notice.publishedAt), instant(notice.decidedAt),
                    address(.decision(council: view.slug, .id(notice.id)))]
        }
    }

    private func forwardPlan() async throws -> [[String?]] {
        let entries = try await ForwardPlanPage.noticeEntries(view, on: db) + ForwardPlanPage.itemEntries(view, on: db)
        return entries.map { [$0.matter, $0.maker, $0.expected, $0.listedFrom, $0.documents.map { address($0.url) }] }
    }

    private func meetings() async throws -> [[String?]] {
        try await MeetingListPage.rows(view, on: db).map { row in
            [row.committee, instant(row.meeting.startsAt), row.meeting.place, row.meeting.status.rawValue,
             address(.meeting(council: view.slug, .id(row.meeting.id!)))]
        }
    }

    private func councillors() async throws -> [[String?]] {
        let members = try await Councillor.query(on: db).filter(\.$councilID == view.councilID)
            .filter(\.$leftOn == nil).sort(\.$name).all()
        let positions = try await Position.held(on: view.today, Position.query(on: db)
            .filter(\.$councilID == view.councilID))
        return members.map { member in
            let held = positions.filter { $0.councillorID == member.id }.map(\.title).sorted()
            return [member.name, member.ward, member.party, held.joined(separator: "; "),
                    address(.councillor(council: view.slug, .id(member.id!)))]
        }
    }

    private func strategies() async throws -> [[String?]] {
        try await Strategy.query(on: db).filter(\.$councilID == view.councilID).sort(\.$title).all().map { strategy in
            [strategy.title, strategy.isCorporate ? "yes" : "no", ReportingPeriod.year(strategy.firstYear).yearLabel,
             ReportingPeriod.year(strategy.lastYear).yearLabel, strategy.owner, strategy.approvedBy,
             strategy.cadence.title, strategy.summary]
        }
    }

    private func reports() async throws -> [[String?]] {
        try await Report.query(on: db).filter(\.$councilID == view.councilID).filter(\.$stage != .draft)
            .sort(\.$issuedAt, .descending).sort(\.$title).all().map { report in
                let id = RecordRef.id(report.id!)
                return [report.title, report.span?.label, report.issuedAt.map { UKTime.day(of: $0).iso },
                        report.issuedTo?.title, String(report.edition), report.stage == .superseded ? "yes" : "no",
                        address(.progressReport(council: view.slug, id)), address(.reportPDF(council: view.slug, id))]
            }
    }

    private func services() async throws -> [[String?]] {
        let services = try await Service.query(on: db).filter(\.$councilID == view.councilID)
            .filter(\.$closedOn == nil).sort(\.$name).all()
        let units = try await names(of: Unit.self, ids: services.map(\.departmentID), on: db)
        return services.map { service in
            [service.code, service.name, service.group, units[service.departmentID],
                String(service.standardWorkingDays),
             service.online ? "yes" : "no"]
        }
    }
}
