import BeaconDomain
import Fluent
import Plot
import Vapor

/// On a consultee's home page: the notices sent to them that are still open for
/// representations, soonest deadline first.
struct NoticesSentSection {
    let notices: [DecisionNotice]
    let council: String

    static func load(for signedIn: SignedIn, on db: Database) async throws -> [DecisionNotice] {
        var query = NoticeConsultee.query(on: db)
        if let councillor = signedIn.councillorID {
            query = query.filter(\.$councillorID == councillor)
        } else if let person = signedIn.actor.personID {
            query = query.filter(\.$personID == person)
        } else {
            return []
        }
        let ids = Set(try await query.all().map(\.noticeID))
        guard !ids.isEmpty else { return [] }
        let now = BeaconClock.current.now()
        return try await DecisionNotice.query(on: db).filter(\.$id ~~ ids).filter(\.$statusName == NoticeStatus.open.rawValue)
            .sort(\.$deadline).all().filter { ($0.deadline ?? now) > now }
    }

    func render() -> Node<HTML.BodyContext> {
        .if(!notices.isEmpty, .group(
            .h2(.text("Decision notices sent to you")),
            .ul(.forEach(notices) { notice in
                .li(.a(.href(SiteURL.decision(council: council, .id(notice.id!)).path), .text("\(notice.reference): \(notice.topic)")),
                    .text(" – representations close \(notice.deadline.map(UKTime.long) ?? "—")"))
            })))
    }
}
