import BeaconDomain
import Fluent
import Plot
import Vapor

extension ContactListPage {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readContacts)
        let filter = try request.query.decode(Filter.self)
        let query = try await Contact.query(on: request.db).filter(\.$sourceNumber ~~ ContactSource.numbers(council: view.councilID, on: request.db))
        if let text = filter.from, !text.isEmpty {
            guard let day = CalendarDate(iso: text) else { throw Abort(.badRequest, reason: "“From” should be a date like 2026-03-02.") }
            query.filter(\.$day >= day.iso)
        }
        if let text = filter.to, !text.isEmpty {
            guard let day = CalendarDate(iso: text) else { throw Abort(.badRequest, reason: "“To” should be a date like 2026-03-31.") }
            query.filter(\.$day <= day.iso)
        }
        if let text = filter.channel, !text.isEmpty {
            guard let channel = ContactChannel(rawValue: text) else { throw Abort(.badRequest, reason: "Choose a channel from the list.") }
            query.filter(\.$channel == channel)
        }
        if let text = filter.outcome, !text.isEmpty {
            guard let outcome = ContactOutcome(rawValue: text) else { throw Abort(.badRequest, reason: "Choose an outcome from the list.") }
            query.filter(\.$outcome == outcome)
        }
        if let service = filter.service, !service.isEmpty { query.filter(\.$serviceCode == service) }
        let page = max(filter.page ?? 1, 1)
        let contacts = try await query.sort(\.$arrivedAt, .descending).sort(\.$id, .descending)
            .range(((page - 1) * pageSize)..<(page * pageSize + 1)).all()
        let services = try await Service.query(on: request.db).filter(\.$councilID == view.councilID).all()
        let listPage = ContactListPage(view: view, filter: filter, contacts: contacts, services: Dictionary(services.map { ($0.code, $0.name) }) { a, _ in a },
                                       mayRecord: view.may(.recordContacts(council: view.councilID)))
        return Layout.response(listPage.render(in: request.layoutContext))
    }
}
