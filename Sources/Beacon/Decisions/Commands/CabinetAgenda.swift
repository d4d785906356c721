import BeaconDomain
import Fluent
import Vapor

/// A notice referred to cabinet becomes an item of the next scheduled cabinet meeting: when
/// it is referred, or when that meeting is added if none was scheduled then.
enum CabinetAgenda {
    static func placeReferredNotices(council: UUID, by signedIn: SignedIn, on db: Database, now: Date = BeaconClock.current.now()) async throws {
        let referred = try await DecisionNotice.query(on: db).filter(\.$councilID == council)
            .filter(\.$storedStatus == NoticeStatus.referredToCabinet).sort(\.$reference).all()
        guard !referred.isEmpty else { return }
        let placed = Set(try await AgendaItem.query(on: db).filter(\.$councilID == council).filter(\.$noticeID != nil).all().compactMap(\.noticeID))
        let waiting = referred.filter { !placed.contains($0.id!) }
        guard !waiting.isEmpty, let meeting = try await nextCabinet(council: council, after: now, on: db) else { return }
        for notice in waiting {
            let title = try await NoticeChoices.makerTitle(notice.makerID, on: UKTime.day(of: now), on: db)
            let item = try await MeetingWrite.newItem(in: meeting, title: notice.topic, author: "Report of the \(title.lowercased()) (decision notice \(notice.reference), referred by members)",
                                                      report: notice.summary, on: db)
            item.noticeID = notice.id
            try await item.create(on: db)
            try await AuditTrail.record(.create, item, before: nil, by: signedIn, on: db)
        }
    }

    static func nextCabinet(council: UUID, after now: Date, on db: Database) async throws -> Meeting? {
        let cabinets = try await Committee.query(on: db).filter(\.$councilID == council).filter(\.$kind == CommitteeKind.cabinet)
            .filter(\.$closedOn == nil).all().compactMap(\.id)
        guard !cabinets.isEmpty else { return nil }
        return try await Meeting.query(on: db).filter(\.$committeeID ~~ cabinets).filter(\.$status == MeetingStatus.scheduled)
            .filter(\.$startsAt > now).sort(\.$startsAt).first()
    }
}
