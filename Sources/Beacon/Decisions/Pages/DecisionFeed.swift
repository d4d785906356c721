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
        let stamp = ISO8601DateFormatter()
        let newest = rows.first.map { updated($0.notice) } ?? Date(timeIntervalSince1970: 0)
        let entries = rows.map { row -> String in
            let link = base + SiteURL.decision(council: view.slug, .id(row.notice.id)).path
            let summary = row.notice.outcome.map { "\($0.title). " } ?? ""
            return """
              <entry>
                <id>urn:uuid:\(row.notice.id.uuidString.lowercased())</id>
                <title>\(escape("\(row.notice.reference): \(row.notice.topic) – \(row.status.title)"))</title>
                <link rel="alternate" type="text/html" href="\(escape(link))"/>
                <updated>\(stamp.string(from: updated(row.notice)))</updated>
                <author><name>\(escape(row.maker))</name></author>
                <summary>\(escape(summary + row.notice.summary))</summary>
              </entry>
            """
        }
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <id>urn:uuid:\(view.councilID.uuidString.lowercased())</id>
          <title>\(escape("\(view.council.name): decisions"))</title>
          <link rel="self" type="application/atom+xml" href="\(escape(base + SiteURL.decisionFeed(council: view.slug).path))"/>
          <link rel="alternate" type="text/html" href="\(escape(base + SiteURL.decisionList(council: view.slug).path))"/>
          <updated>\(stamp.string(from: newest))</updated>
        \(entries.joined(separator: "\n"))
        </feed>

        """
    }

    private static func escape(_ text: String) -> String { Markup.escape(text) }
}
