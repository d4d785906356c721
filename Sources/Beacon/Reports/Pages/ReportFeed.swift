import BeaconDomain
import Foundation

/// The Atom feed (RFC 4287) of a council's issued reports, newest first, each edition an entry.
enum ReportFeed {
    static func feed(view: CouncilView, reports: [Report], base: String) -> String {
        let stamp = ISO8601DateFormatter()
        let epoch = Date(timeIntervalSince1970: 0)
        let own = base + SiteURL.reportFeed(council: view.slug).path
        let entries = reports.map { report -> String in
            let link = base + SiteURL.progressReport(council: view.slug, .id(report.id!)).path
            let summary = ([ReportStanding.issuedLine(report)] + [report.correctionReason]).compactMap { $0 }
            let title = report.edition > 1 ? "\(report.title) (edition \(report.edition))" : report.title
            return """
              <entry>
                <id>urn:uuid:\(report.id!.uuidString.lowercased())</id>
                <title>\(escape(title))</title>
                <link rel="alternate" type="text/html" href="\(escape(link))"/>
                <updated>\(stamp.string(from: report.issuedAt ?? epoch))</updated>
                <author><name>\(escape(view.council.name))</name></author>
                <summary>\(escape(summary.joined(separator: ". ")))</summary>
              </entry>
            """
        }
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <id>\(escape(base + SiteURL.reportList(council: view.slug).path))</id>
          <title>\(escape("\(view.council.name): reports"))</title>
          <link rel="self" type="application/atom+xml" href="\(escape(own))"/>
          <link rel="alternate" type="text/html" href="\(escape(base + SiteURL.reportList(council: view.slug).path))"/>
          <updated>\(stamp.string(from: reports.first?.issuedAt ?? epoch))</updated>
        \(entries.joined(separator: "\n"))
        </feed>

        """
    }

    private static func escape(_ text: String) -> String { Markup.escape(text) }
}
