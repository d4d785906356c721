import BeaconDomain
import Fluent
import Plot
import Vapor

/// A meeting as the public reads it: when and where, who attended and what they declared,
/// the numbered agenda with each report, and afterwards minutes and resolutions with their
/// amendments marked.
struct MeetingShowPage {
    let record: MeetingRecord
    let slug: String
    let mayRun: Bool

    var meeting: Meeting { record.meeting }

    func render(in context: LayoutContext) -> HTML {
        Layout.page(title: "\(record.committee.name), \(UKTime.day(of: meeting.startsAt).long)", context: context) {
            Node<HTML.BodyContext>.p(.class("no-print"), .a(.href(SiteURL.meetingList(council: slug).path), .text("Meetings calendar")),
                                     .if(mayRun, .group(.text(" · "), .a(.href(SiteURL.meetingManage(council: slug, .id(meeting.id!)).path), .text("Work on this meeting")))))
            Node<HTML.BodyContext>.dl(.class("notice-facts"),
                                      .dt(.text("Date and time")), .dd(.text(UKTime.long(meeting.startsAt))),
                                      .dt(.text("Place")), .dd(.text(meeting.place)),
                                      .dt(.text("Status")), .dd(.strong(.text(meeting.status.title))))
            members()
            Node<HTML.BodyContext>.h2(.text("Agenda"))
            if record.items.isEmpty { Node<HTML.BodyContext>.p(.text("The agenda is not yet published.")) }
            Node<HTML.BodyContext>.group(record.items.map(item))
            if !meeting.minutes.isEmpty {
                Node<HTML.BodyContext>.h2(.text("General minutes"))
                NoticeDocumentView.paragraphs(meeting.minutes)
            }
        }
    }

    private func members() -> Node<HTML.BodyContext> {
        let attended = Dictionary(record.attendance.map { ($0.councillorID, $0.attendance) }, uniquingKeysWith: { a, _ in a })
        let memberIDs = Set(record.members.map(\.councillorID))
        let others = record.attendance.filter { !memberIDs.contains($0.councillorID) }
        return .group(
            .h2(.text("Members and attendance")),
            .if(record.members.isEmpty, .p(.text("No members are recorded for this committee on this day."))),
            .ul(.forEach(record.members) { member in
                .li(.a(.href(SiteURL.councillor(council: slug, .id(member.councillorID)).path), .text(member.name)),
                    .text(", \(member.role)" + (attended[member.councillorID].map { " – \($0.title.lowercased())" } ?? "")))
            }),
            .if(!others.isEmpty, .p(.text("Also attending: " + others.map { "\($0.name) (\($0.attendance.title.lowercased()))" }.joined(separator: "; ")))),
            .h2(.text("Declarations of interest")),
            record.declarations.isEmpty ? .p(.text("None declared.")) : .ul(.forEach(record.declarations) { entry in
                .li(.text("\(entry.name), \(entry.item.map { "item \($0)" } ?? "generally"): \(entry.declaration.kind.title.lowercased()) – \(entry.declaration.interest)"))
            }))
    }

    private func item(_ entry: MeetingRecord.Item) -> Node<HTML.BodyContext> {
        let item = entry.item
        return .section(.class("agenda-item"), .id("item-\(item.number)"),
                        .h3(.text("\(item.number). \(item.title)")),
                        .p(.em(.text(item.reportAuthor))),
                        .unwrap(entry.notice) { notice in
                            .p(.text("This item is "), .a(.href(SiteURL.decision(council: slug, .id(notice.id!)).path), .text("decision notice \(notice.reference)")),
                               .text(", referred to cabinet by members."))
                        },
                        .unwrap(entry.presents) { .p(.text("It presents the report asked for: \($0.title).")) },
                        .forEach(entry.reports) { report in
                            let edition = report.edition > 1 ? " (edition \(report.edition))" : ""
                            return .p(.text("Report: "),
                                      .a(.href(SiteURL.progressReport(council: slug, .id(report.id!)).path),
                                         .text(report.title + edition)))
                        },
                        .if(item.isKey, .p(.strong(.text("Key decision.")))),
                        NoticeDocumentView.paragraphs(item.report),
                        .if(!entry.documents.isEmpty, .ul(.forEach(entry.documents) { document in
                            .li(.a(.href(SiteURL.meetingDocument(council: slug, .id(meeting.id!), .id(item.id!), document: document.id!.uuidString.lowercased()).path),
                                   .text("\(document.title) (\(AppendixSize.text(document.size)))")))
                        })),
                        .if(!item.minutes.isEmpty, .group(.h4(.text("Minutes")), NoticeDocumentView.paragraphs(item.minutes))),
                        .unwrap(entry.resolution) { ResolutionView(resolution: $0, amendments: entry.amendments, followUps: entry.followUps).node() })
    }
}

/// A resolution's final wording in numbered parts, then each amendment with the words it
/// struck out and put in marked (and said in words, not by colour alone).
struct ResolutionView {
    let resolution: Resolution
    let amendments: [Amendment]
    let followUps: [FollowUp]

    func node() -> Node<HTML.BodyContext> {
        .div(.class("resolution"),
             .h4(.text("Resolved")),
             .ol(.forEach(resolution.parts) { .li(.text($0)) }),
             .unwrap(effect) { .p(.text($0)) },
             .if(!amendments.isEmpty, .group(
                 .h4(.text("Amendments")),
                 .ol(.forEach(amendments) { amendment in
                     .li(.p(.text("Moved by \(amendment.movedBy); \(amendment.carried ? "carried" : "lost").")),
                         .p(.class("amended-words"), .group(marked(amendment))))
                 }))))
    }

    private var effect: String? {
        switch resolution.effect {
        case .none: nil
        case .delegate: "This resolution delegates functions to the partnership's joint committee; the delegation is in the council's register of delegations."
        case .approvePlan: "This resolution approves the business plan named in it."
        case .requestReport:
            "Reports asked for: " + followUps.map { "\($0.title), due \($0.dueOn.long)" + ($0.presentedOn == nil ? "" : " (presented)") }
                .joined(separator: "; ") + "."
        }
    }

    private func marked(_ amendment: Amendment) -> [Node<HTML.BodyContext>] {
        AmendedWords.between(amendment.before, amendment.after).flatMap { words -> [Node<HTML.BodyContext>] in
            switch words {
            case .kept(let text): [.text(text + " ")]
            case .removed(let text): [.element(named: "del", nodes: [.span(.class("visually-hidden"), .text("[struck out: ")), .text(text), .span(.class("visually-hidden"), .text("]"))]), .text(" ")]
            case .inserted(let text): [.element(named: "ins", nodes: [.span(.class("visually-hidden"), .text("[inserted: ")), .text(text), .span(.class("visually-hidden"), .text("]"))]), .text(" ")]
            }
        }
    }
}
