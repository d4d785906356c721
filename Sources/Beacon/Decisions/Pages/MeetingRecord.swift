import BeaconDomain
import Fluent
import Vapor

/// Everything a meeting's page shows, loaded once.
struct MeetingRecord: Sendable {
    struct Item: Sendable {
        let item: AgendaItem
        let resolution: Resolution?
        let amendments: [Amendment]
        let notice: DecisionNotice?
        let followUps: [FollowUp]
        let presents: FollowUp?
        let documents: [AttachedDocument]
        /// Issued reports placed on the item (a draft is not shown until issued).
        var reports: [Report] = []
    }

    let meeting: Meeting
    let committee: Committee
    let members: [CommitteeMembers.Member]
    let items: [Item]
    let attendance: [(councillorID: UUID, name: String, attendance: Attendance)]
    let declarations: [(name: String, item: Int?, declaration: InterestDeclaration)]
}

/// Who sat on a committee on a day, from councillors' dated positions: for cabinet the
/// leader (chair), deputy leader (vice-chair) and cabinet members; otherwise the chair,
/// vice-chair and members of the body with the committee's name.
enum CommitteeMembers {
    struct Member: Sendable {
        let councillorID: UUID
        let name: String
        let role: String
    }
}
