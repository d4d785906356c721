import BeaconDomain
import Fluent
import Plot
import Vapor

extension IndicatorFeedsPage {
    static func handle(_ request: Request, input: FeedInput? = nil, problems: FormView.Problems = []) async throws -> Response {
        let (view, _) = try await request.serviceCentre(Action.defineIndicators)
        let feeds = try await IndicatorFeed.query(on: request.db).filter(\.$councilID == view.councilID).all()
        let indicators = try await Indicator.query(on: request.db).filter(\.$councilID == view.councilID).filter(\.$closedOn == nil).sort(\.$code).all()
        let fed = feeds.compactMap { feed in indicators.first { $0.id == feed.indicatorID }.map { (feed, $0) } }
        let services = try await Service.query(on: request.db).filter(\.$councilID == view.councilID).sort(\.$name).all()
        let choosable = indicators.filter { indicator in indicator.dataSource != .calculated && !feeds.contains { $0.indicatorID == indicator.id } }
        let fields = [
            FormField(name: "indicator", label: "Indicator", control: .select([.prompt("Choose an indicator")] + choosable.map { .init(value: $0.id!.uuidString, label: "\($0.code) – \($0.title)") }),
                      value: input?.indicator ?? "", required: true),
            FormField(name: "measure", label: "Measure", control: .select([.prompt("Choose a measure")] + ContactMeasure.choices), value: input?.measure ?? "",
                      hint: "A percentage feeds a percentage indicator, a count a count, seconds seconds and working days days", required: true),
            FormField(name: "channel", label: "Channel", control: .select([.init(value: "", label: "The measure's own (phone for calls)")] + ContactChannel.choices),
                      value: input?.channel ?? ""),
            FormField(name: "queue", label: "Queue", control: .text(max: 100), value: input?.queue ?? "", hint: "Only this telephony queue"),
            FormField(name: "service", label: "Service", control: .select([.init(value: "", label: "Every service")] + services.map { .init(value: $0.code, label: $0.name) }),
                      value: input?.service ?? ""),
        ]
        let page = IndicatorFeedsPage(view: view, feeds: fed, fields: fields, problems: problems)
        return Layout.response(page.render(in: request.layoutContext(withForm: true)), status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    static func bind(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.serviceCentre(Action.defineIndicators)
        let input = try request.content.decode(FeedInput.self)
        do {
            let feed = try await FeedWrite.bind(input, council: view.council, by: signedIn, on: request.db)
            request.flash("The indicator is now fed: \(feed.summary).")
            return request.redirect(to: SiteURL.indicatorFeeds(council: view.slug).path)
        } catch let failed as ValidationFailed {
            return try await handle(request, input: input, problems: failed.problems)
        }
    }

    static func unbind(_ request: Request) async throws -> Response {
        let (view, signedIn) = try await request.serviceCentre(Action.defineIndicators)
        guard let id = request.parameters.get("id", as: UUID.self),
              let feed = try await IndicatorFeed.query(on: request.db).filter(\.$id == id).filter(\.$councilID == view.councilID).first() else {
            throw Abort(.notFound, reason: "There is no feed with that id in \(view.council.name).")
        }
        try await FeedWrite.unbind(feed, by: signedIn, on: request.db)
        request.flash("The feed is removed; the values it wrote stay, and new ones are typed in again.")
        return request.redirect(to: SiteURL.indicatorFeeds(council: view.slug).path)
    }
}
