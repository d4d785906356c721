import BeaconDomain
import Fluent
import Plot
import Vapor

extension ForwardPlanPage {
    static func noticeEntries(_ view: CouncilView, on db: Database) async throws -> [Entry] {
        let pending: [NoticeStatus] = [.draft, .open, .referredToCabinet]
        let notices = try await DecisionNotice.query(on: db).filter(\.$councilID == view.councilID).filter(\.$isKey == true)
            .filter(\.$storedStatus ~~ pending).sort(\.$expectedOn).sort(\.$reference).all()
        let names = try await names(of: Councillor.self, ids: notices.map(\.makerID), on: db)
        var entries: [Entry] = []
        for notice in notices {
            let title = try await NoticeChoices.makerTitle(notice.makerID, on: view.today, on: db)
            entries.append(Entry(matter: "\(notice.reference): \(notice.topic)", maker: "\(names[notice.makerID] ?? "—"), \(title)",
                                 expected: notice.expectedOn?.long ?? "Not yet fixed",
                                 listedFrom: notice.forwardPlanOn?.long ?? "—",
                                 documents: notice.isPublic ? ("The decision notice", .decision(council: view.slug, .id(notice.id!))) : nil))
        }
        return entries
    }

    static func itemEntries(_ view: CouncilView, on db: Database) async throws -> [Entry] {
        let meetings = try await Meeting.query(on: db).filter(\.$councilID == view.councilID).filter(\.$status == MeetingStatus.scheduled)
            .filter(\.$startsAt > BeaconClock.current.now()).sort(\.$startsAt).all()
        let committees = try await names(of: Committee.self, ids: meetings.map(\.committeeID), on: db)
        let items = try await AgendaItem.query(on: db).filter(\.$meetingID ~~ meetings.compactMap(\.id)).filter(\.$isKey == true).sort(\.$number).all()
        return meetings.flatMap { meeting in
            items.filter { $0.meetingID == meeting.id }.map { item in
                Entry(matter: item.title, maker: committees[meeting.committeeID] ?? "—", expected: UKTime.long(meeting.startsAt), listedFrom: "With the agenda",
                      documents: ("The meeting's agenda", .meeting(council: view.slug, .id(meeting.id!))))
            }
        }
    }
}
