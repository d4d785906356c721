import BeaconDomain
import Fluent
import Plot
import SQLKit
import Vapor

extension MeasuresPage {
    static func handle(_ request: Request) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.readServiceCentre)
        guard let span = Span(rawValue: request.query[String.self, at: "span"] ?? "month"), let split = Split(rawValue: request.query[String.self, at: "by"] ?? "none") else {
            throw Abort(.badRequest, reason: "Choose the periods and the split from the lists.")
        }
        let channel = request.query[String.self, at: "channel"] ?? ContactChannel.phone.rawValue
        let channels = channel.isEmpty ? ContactChannel.allCases : [try ContactChannel(rawValue: channel).orBadRequest("Choose a channel from the list.")]
        guard let sql = request.db as? SQLDatabase else { throw Abort(.internalServerError, reason: "The measures need an SQL database.") }
        let (from, periods) = Self.periods(span, today: view.today)
        let totals = try await ContactRollups.totals(council: view.councilID, from: from, through: view.today, filter: RollupFilter(channels: channels),
                                                     by: [.day] + [split.group].compactMap { $0 }, on: sql)
        var rows: [String: [String: ContactTally]] = [:]
        for (key, tally) in totals {
            guard let day = CalendarDate(iso: key[0]), let period = periods.last(where: { $0.start <= day }) else { continue }
            rows[period.label, default: [:]][key.count > 1 ? key[1] : "", default: ContactTally()].add(tally)
        }
        let ordered = periods.reversed().flatMap { period in (rows[period.label] ?? ["": ContactTally()]).sorted { $0.key < $1.key }.map { (period.label, $0.key, $0.value) } }
        let page = MeasuresPage(view: view, span: span, split: split, channel: channel, rows: ordered)
        return Layout.response(page.render(in: request.layoutContext))
    }
}
