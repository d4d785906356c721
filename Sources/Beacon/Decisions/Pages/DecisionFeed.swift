import BeaconDomain
import Fluent
import Vapor

/// The Atom feed (RFC 4287) of a council's published decision notices and decisions, newest
/// change first. Links are absolute: from `BEACON_PUBLIC_URL` when set, else the request's host.
enum DecisionFeed {
    static func updated(_ notice: DecisionRegisterPage.Listed) -> Date {
        [notice.decidedAt, notice.publishedAt].compactMap { $0 }.max() ?? Date(timeIntervalSince1970: 0)
    }

    static func feed(view: CouncilView, rows: [DecisionRegisterPage.Row], base: String) -> String {
        let entries = rows.map { row in
            AtomFeed.Entry(id: "urn:uuid:\(row.notice.id.uuidString.lowercased())",
                           title: "\(row.notice.reference): \(row.notice.topic) – \(row.status.title)",
                           link: base + SiteURL.decision(council: view.slug, .id(row.notice.id)).path,
                           updated: updated(row.notice), author: row.maker,
                           summary: (row.notice.outcome.map { "\($0.title). " } ?? "") + row.notice.summary)
        }
        return AtomFeed(id: "urn:uuid:\(view.councilID.uuidString.lowercased())",
                        title: "\(view.council.name): decisions",
                        selfLink: base + SiteURL.decisionFeed(council: view.slug).path,
                        alternateLink: base + SiteURL.decisionList(council: view.slug).path, entries: entries).render()
    }
}
