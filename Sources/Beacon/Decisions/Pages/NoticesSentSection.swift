import BeaconDomain
import Fluent
import Plot
import Vapor

/// On a consultee's home page: the notices sent to them that are still open for
/// representations, soonest deadline first.
struct NoticesSentSection {
    let notices: [DecisionNotice]
    let council: String

    func render() -> Node<HTML.BodyContext> {
        .if(!notices.isEmpty, .group(
            .h2(.text("Decision notices sent to you")),
            .ul(.forEach(notices) { notice in
                .li(.a(.href(SiteURL.decision(council: council, .id(notice.id!)).path), .text("\(notice.reference): \(notice.topic)")),
                    .text(" – representations close \(notice.deadline.map(UKTime.long) ?? "—")"))
            })))
    }
}
