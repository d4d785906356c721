import BeaconDomain
import Fluent
import Vapor

/// What the report pages read besides the report: the report in the path, its content (frozen
/// or live), and the choices their forms offer.
enum ReportChoices {
    /// The report named by `:id` in the council of the path; 404 otherwise.
    static func report(_ request: Request, view: CouncilView) async throws -> Report {
        guard let id = request.parameters.get("id", as: UUID.self),
              let report = try await Report.query(on: request.db).filter(\.$id == id)
                .filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no report with that id in \(view.council.name).")
        }
        return report
    }

    /// An issued edition's frozen content; a draft's assembled now.
    static func content(of report: Report, view: CouncilView, on db: Database) async throws -> ReportContent {
        if let frozen = try report.frozenContent() { return frozen }
        return try await ReportAssembly.content(of: report, council: view.council, today: view.today, on: db)
    }

    /// Units, strategies and this year's business plans, each labelled with its kind.
    static func scopes(_ view: CouncilView, on db: Database) async throws -> [FormField.Choice] {
        let units = try await Unit.query(on: db).filter(\.$councilID == view.councilID).sort(\.$name).all()
        let strategies = try await Strategy.query(on: db).filter(\.$councilID == view.councilID).sort(\.$title).all()
        let year = ReportingPeriod(containing: view.today, kind: .year).startYear
        let plans = try await BusinessPlan.query(on: db).filter(\.$councilID == view.councilID)
            .filter(\.$year >= year - 1).all()
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let memberships = try await PartnershipCouncil.query(on: db).filter(\.$councilID == view.councilID).all()
        let partnerships = try await Partnership.query(on: db).filter(\.$id ~~ memberships.map(\.$partnership.id))
            .sort(\.$name).all()
        return strategies.map { .init(value: $0.id!.uuidString, label: "Strategy: \($0.title)") }
            + partnerships.map { .init(value: $0.id!.uuidString, label: "Partnership: \($0.name)") }
            + units.map { .init(value: $0.id!.uuidString, label: "Unit: \($0.name)") }
            + plans.map { .init(value: $0.id!.uuidString,
                                label: "Plan: \(unitNames[$0.unitID] ?? "Unit") \($0.yearLabel)") }
                .sorted { $0.label < $1.label }
    }

    /// Agenda items of the council's meetings from a month ago on, labelled by committee, day
    /// and number.
    static func agendaItems(_ view: CouncilView, on db: Database) async throws -> [FormField.Choice] {
        let from = UKTime.instant(view.today.adding(days: -31), hour: 0, minute: 0)
        let meetings = try await Meeting.query(on: db).filter(\.$councilID == view.councilID)
            .filter(\.$startsAt >= from).sort(\.$startsAt).all()
        let committees = try await Committee.query(on: db).filter(\.$councilID == view.councilID).all()
        let names = Dictionary(uniqueKeysWithValues: committees.map { ($0.id!, $0.name) })
        let items = try await AgendaItem.query(on: db).filter(\.$meetingID ~~ meetings.compactMap(\.id))
            .sort(\.$number).all()
        return meetings.flatMap { meeting in
            items.filter { $0.meetingID == meeting.id }.map { item in
                FormField.Choice(value: item.id!.uuidString,
                                 label: "\(names[meeting.committeeID] ?? "Meeting"), "
                                     + "\(UKTime.day(of: meeting.startsAt).long), item \(item.number): \(item.title)")
            }
        }
    }
}
