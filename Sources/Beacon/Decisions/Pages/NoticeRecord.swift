import BeaconDomain
import Fluent
import Vapor

/// Everything a notice's document shows, loaded once: the people it names, who it was sent
/// to, what they said, the members' requests, its history and appendices.
struct NoticeRecord: Sendable {
    let notice: DecisionNotice
    let makerName: String
    let makerTitle: String
    let caseOfficer: String
    let democraticOfficer: String
    let subject: String
    let consultees: [NoticeConsultee]
    let representations: [NoticeRepresentation]
    let referralCount: Int
    let callInCount: Int
    let events: [NoticeEvent]
    let appendices: [AttachedDocument]
}
