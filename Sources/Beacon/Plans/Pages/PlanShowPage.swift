import BeaconDomain
import Fluent
import Plot
import Vapor

/// A plan as its document, on screen and in print; the same document as a self-contained
/// HTML file to download; and any approved revision.
enum PlanShowPage {
    static func documentPage(_ document: PlanDocument, context: LayoutContext, before: [Node<HTML.BodyContext>]) -> HTML {
        Layout.page(title: document.title, context: context, extraStylesheet: .planStylesheet,
                    nodes: before + [.element(named: "article", nodes: [.class("plan-document"), .group(document.body())])])
    }

    static func toolbar(_ reading: PlanReading, revisions: [PlanRevision], notices: [DecisionNotice]) -> [Node<HTML.BodyContext>] {
        let slug = reading.slug, id = RecordRef.id(reading.planID)
        return [.div(.class("plan-tools"),
                     .p(.a(.href(SiteURL.planDownload(council: slug, id).path), .text("Download this plan as a file")),
                        .text(" · Actions as "), .a(.href(SiteURL.planActionData(council: slug, id, format: .csv).path), .text("CSV")),
                        .text(" or "), .a(.href(SiteURL.planActionData(council: slug, id, format: .json).path), .text("JSON")),
                        .text(" · "), .a(.href(SiteURL.scorecard(council: slug, format: .html)
                            .path(query: [("plan", reading.planID.uuidString)])), .text("Scorecard of its indicators")),
                        .if(reading.seesWorkingCopy, .group(.text(" · "), .a(.href(SiteURL.planManage(council: slug, id).path), .text("Manage this plan"))))),
                     .if(!revisions.isEmpty, .p(.text("Approved revisions: "), .forEach(revisions) { revision in
                         .group(.a(.href(SiteURL.planRevision(council: slug, id, revision: String(revision.revision)).path),
                                   .text("revision \(revision.revision) (\(revision.approvedOn.long))")), .text(" "))
                     })),
                     .if(!notices.isEmpty, .p(.text("Decision notices on this plan: "), .forEach(notices) { notice in
                         .group(.a(.href(SiteURL.decision(council: slug, .id(notice.id!)).path), .text("\(notice.reference) \(notice.topic)")), .text(" "))
                     })))]
    }
}

/// The plan as one HTML file with its styles inside, to save, send or print without Beacon.
enum PlanDocumentFile {
    /// The downloaded file is opened from disk, where no response header protects it: its own
    /// policy allows its inline styles and nothing else (no script, no fetch, no form posting).
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        + "base-uri 'none'; form-action 'none'"

    static func html(_ document: PlanDocument) -> String {
        let html = HTML(
            .lang(.english),
            .head(.meta(.charset(.utf8)),
                  .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"),
                        .content(contentSecurityPolicy)),
                  .title(document.title),
                  .element(named: "style", text: PlanStyles.css)),
            .body(.element(named: "main", nodes: [.h1(.text(document.title)),
                                                 .element(named: "article", nodes: [.class("plan-document"), .group(document.body())])])))
        return html.render()
    }
}

/// The document stylesheet, read once from the app's public files so the page and the
/// download share it.
enum PlanStyles {
    static let css: String = {
        guard let url = Bundle.module.url(forResource: "Public", withExtension: nil)?.appendingPathComponent("css/plan.css"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
        return text
    }()
}
