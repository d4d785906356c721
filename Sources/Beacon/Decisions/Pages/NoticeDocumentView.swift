import BeaconDomain
import Foundation
import Plot

/// A decision notice as a document, in the usual order of sections, followed once decided by
/// the record of the decision. The same view serves the screen and print.
struct NoticeDocumentView {
    let record: NoticeRecord
    let slug: String
    let now: Date

    static let sections = ["Summary", "Proposed decision", "Reasons for the decision", "Alternative options considered and rejected",
                           "Resource implications", "Data protection impact", "Consultation undertaken", "Contact officers", "Appendices"]

    var notice: DecisionNotice { record.notice }

    func node() -> Node<HTML.BodyContext> {
        .article(.class("decision-notice"),
                 facts(),
                 section(0, Self.paragraphs(notice.summary)),
                 section(1, .ol(.forEach(notice.proposalParts) { .li(.text($0)) })),
                 section(2, Self.paragraphs(notice.reasons)),
                 section(3, Self.paragraphs(notice.alternatives)),
                 section(4, Self.paragraphs(notice.resourceImplications)),
                 section(5, Self.paragraphs(notice.dataProtection)),
                 section(6, Self.paragraphs(notice.consultation)),
                 section(7, .dl(.dt(.text("Case officer")), .dd(.text(record.caseOfficer)),
                                .dt(.text("Democratic services officer")), .dd(.text(record.democraticOfficer)))),
                 section(8, appendices()),
                 .if(notice.decidedAt != nil, NoticeDecisionView(record: record, now: now).node()),
                 sentTo(),
                 history())
    }

    private func facts() -> Node<HTML.BodyContext> {
        let status = notice.status(at: now)
        return .dl(.class("notice-facts"),
                   .dt(.text("Reference")), .dd(.text(notice.reference)),
                   .dt(.text("Status")), .dd(.strong(.text(status.title))),
                   .dt(.text("Decision maker")), .dd(.text("\(record.makerName), \(record.makerTitle)")),
                   .dt(.text("Decides on")), .dd(subject()),
                   .dt(.text("Key decision")), .dd(.text(keyText)),
                   .if(!notice.wardList.isEmpty, .group(.dt(.text("Wards affected")), .dd(.text(notice.wardList.joined(separator: ", "))))),
                   .unwrap(notice.publishedAt) { .group(.dt(.text("Published")), .dd(.text(UKTime.long($0)))) },
                   .unwrap(notice.deadline) { deadline in
                       .group(.dt(.text("Deadline for representations")), .dd(.text(UKTime.long(deadline)),
                              .if(status == .open, .text(notice.deadline! > now ? " (open)" : " (closed)"))))
                   },
                   .if(status == .open || status == .referredToCabinet,
                       .group(.dt(.text("Members asking for referral to cabinet")), .dd(.text("\(record.referralCount)")))))
    }

    /// The plan or strategy decided on, linked; otherwise what kind of thing it is.
    private func subject() -> Node<HTML.BodyContext> {
        if let plan = notice.subjectPlanID { return .a(.href(SiteURL.plan(council: slug, .id(plan)).path), .text(record.subject)) }
        if let strategy = notice.subjectStrategyID { return .a(.href(SiteURL.strategy(council: slug, .id(strategy)).path), .text(record.subject)) }
        return .text(record.subject)
    }

    private var keyText: String {
        guard notice.isKey else { return "No" }
        guard let listed = notice.forwardPlanOn else { return "Yes" }
        return "Yes, in the forward plan from \(listed.long)"
    }

    private func section(_ index: Int, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(.h2(.text("\(index + 1). \(Self.sections[index])")), content)
    }

    private func appendices() -> Node<HTML.BodyContext> {
        guard !record.appendices.isEmpty else { return .p(.text("None.")) }
        return .ul(.forEach(record.appendices) { appendix in
            .li(.a(.href(SiteURL.decisionAppendix(council: slug, .id(notice.id!), .id(appendix.id!)).path),
                   .text("\(appendix.title) (\(appendix.fileName.split(separator: ".").last.map { $0.uppercased() } ?? "file"), \(AppendixSize.text(appendix.size)))")))
        })
    }

    private func sentTo() -> Node<HTML.BodyContext> {
        .if(!record.consultees.isEmpty, .section(.class("notice-consultees"),
            .h2(.text("Sent to")),
            .ul(.forEach(ConsulteeRole.allCases) { role in
                let people = record.consultees.filter { $0.role == role }
                return .if(!people.isEmpty, .li(.text("\(role.title): \(people.map(\.name).joined(separator: "; "))")))
            })))
    }

    private func history() -> Node<HTML.BodyContext> {
        .if(!record.events.isEmpty, .section(.class("notice-history"),
            .h2(.text("History")),
            .table(.thead(.tr(.th(.text("When")), .th(.text("Step")), .th(.text("Note")))),
                   .tbody(.forEach(record.events) { event in
                       .tr(.td(.text(UKTime.long(event.at))), .td(.text(event.step.title)), .td(.text(event.note)))
                   }))))
    }

    /// Each line of a text as a paragraph.
    static func paragraphs(_ text: String) -> Node<HTML.BodyContext> {
        .group(PlanDocument.lines(text).map { .p(.text($0)) })
    }
}

/// The record of the decision: what was decided and when, and whether it may be called in.
struct NoticeDecisionView {
    let record: NoticeRecord
    let now: Date

    var notice: DecisionNotice { record.notice }

    func node() -> Node<HTML.BodyContext> {
        .section(.class("decision-record"),
                 .h2(.text("Record of the decision")),
                 .dl(.dt(.text("Decision")), .dd(.text(notice.outcome?.title ?? "—")),
                     .unwrap(notice.changes) { .group(.dt(.text("Changes to the proposed decision")), .dd(.text($0))) },
                     .dt(.text("Date of decision")), .dd(.text(notice.decidedAt.map(UKTime.long) ?? "—")),
                     .dt(.text("Reasons")), .dd(.text("As set out in section 3.")),
                     .dt(.text("Alternative options considered and rejected")), .dd(.text("As set out in section 4."
                         + (notice.furtherAlternatives.map { " After publication: \($0)" } ?? ""))),
                     .dt(.text("Representations received")), .dd(representations()),
                     .dt(.text("Declarations of interest")), .dd(.text(notice.declarations ?? "None declared.")),
                     .dt(.text("Dispensations")), .dd(.text(notice.dispensations ?? "None granted.")),
                     .dt(.text("Key decision")), .dd(.text(notice.isKey ? "Yes. " + (notice.keyRoute?.title ?? "") : "No.")),
                     .dt(.text("Call-in")), .dd(.text(callIn())),
                     .unwrap(notice.scrutinyRecommendations) { .group(.dt(.text("Scrutiny's recommendations")), .dd(.text($0))) }))
    }

    private func representations() -> Node<HTML.BodyContext> {
        guard !record.representations.isEmpty else { return .text("None.") }
        return .ul(.forEach(record.representations) { .li(.strong(.text($0.name + ": ")), .text($0.text)) })
    }

    private func callIn() -> String {
        if let reason = notice.urgencyReason {
            return "Exempt from call-in: taken as urgent. Reason: \(reason) Agreed by \(notice.urgencyAgreedBy ?? "—"). It took effect when it was made."
        }
        guard let effective = notice.effectiveAt else { return "—" }
        switch notice.status(at: now) {
        case .decided: return "Subject to call-in until \(UKTime.long(effective)), when it takes effect unless called in. \(record.callInCount) members have asked so far."
        case .calledIn: return "Called in to the scrutiny committee by \(record.callInCount) members."
        case .referredBack: return "Referred back to the decision maker by the scrutiny committee."
        default: return "Took effect \(UKTime.long(effective))."
        }
    }
}

enum AppendixSize {
    static func text(_ bytes: Int) -> String {
        bytes < 1024 * 1024 ? "\(max(1, bytes / 1024)) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
