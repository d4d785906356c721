import BeaconDomain
import Foundation

/// The Atom feed of a council's issued reports, newest first, each edition an entry.
enum ReportFeed {
    static func feed(view: CouncilView, reports: [Report], base: String) -> String {
        let list = base + SiteURL.reportList(council: view.slug).path
        let entries = reports.map { report in
            let summary = ([ReportStanding.issuedLine(report)] + [report.correctionReason]).compactMap { $0 }
            return AtomFeed.Entry(
                id: "urn:uuid:\(report.id!.uuidString.lowercased())",
                title: report.edition > 1 ? "\(report.title) (edition \(report.edition))" : report.title,
                link: base + SiteURL.progressReport(council: view.slug, .id(report.id!)).path,
                updated: report.issuedAt ?? Date(timeIntervalSince1970: 0), author: view.council.name,
                summary: summary.joined(separator: ". "))
        }
        return AtomFeed(id: list, title: "\(view.council.name): reports",
                        selfLink: base + SiteURL.reportFeed(council: view.slug).path, alternateLink: list,
                        entries: entries).render()
    }
}
