import BeaconDomain
import Fluent
import Vapor

extension MeetingRecord {
    static func load(_ meeting: Meeting, on db: Database) async throws -> MeetingRecord {
        let id = try meeting.requireID()
        let committee = try await Committee.find(meeting.committeeID, on: db)!
        let items = try await AgendaItem.query(on: db).filter(\.$meetingID == id).sort(\.$number).all()
        let resolutions = try await Resolution.query(on: db).filter(\.$itemID ~~ items.compactMap(\.id)).all()
        let amendments = try await Amendment.query(on: db).filter(\.$resolutionID ~~ resolutions.compactMap(\.id)).sort(\.$position).all()
        let notices = try await DecisionNotice.query(on: db).filter(\.$id ~~ items.compactMap(\.noticeID)).all()
        let followUps = try await FollowUp.query(on: db).filter(\.$councilID == meeting.councilID).sort(\.$dueOn).all()
        let documents = try await AttachedFile.listed(AttachedDocument.query(on: db).filter(\.$itemID ~~ items.compactMap(\.id)))
        let reports = try await Report.query(on: db).filter(\.$agendaItemID ~~ items.compactMap(\.id))
            .filter(\.$stage != .draft).sort(\.$edition).all()
        let attendance = try await MeetingAttendance.query(on: db).filter(\.$meetingID == id).all()
        let declarations = try await InterestDeclaration.query(on: db).filter(\.$meetingID == id).all()
        let names = try await Beacon.names(of: Councillor.self, ids: attendance.map(\.councillorID) + declarations.map(\.councillorID), on: db)
        return MeetingRecord(
            meeting: meeting, committee: committee,
            members: try await CommitteeMembers.on(UKTime.day(of: meeting.startsAt), of: committee, on: db),
            items: items.map { item in
                let resolution = resolutions.first { $0.itemID == item.id }
                return Item(item: item, resolution: resolution, amendments: amendments.filter { $0.resolutionID == resolution?.id },
                            notice: notices.first { $0.id == item.noticeID }, followUps: followUps.filter { $0.resolutionID == resolution?.id },
                            presents: followUps.first { $0.id == item.followUpID },
                            documents: documents.filter { $0.itemID == item.id },
                            reports: reports.filter { $0.agendaItemID == item.id })
            },
            attendance: attendance.map { ($0.councillorID, names[$0.councillorID] ?? "—", $0.attendance) }.sorted { $0.name < $1.name },
            declarations: declarations.map { declaration in
                (names[declaration.councillorID] ?? "—", items.first { $0.id == declaration.itemID }?.number, declaration)
            })
    }
}

extension CommitteeMembers {
    static func on(_ day: CalendarDate, of committee: Committee, on db: Database) async throws -> [Member] {
        let positions = try await Position.held(on: day, Position.query(on: db).filter(\.$councilID == committee.councilID))
        let held: [(UUID, String, Int)] = positions.compactMap { position in
            switch (committee.kind, position.kind) {
            case (.cabinet, .leader): (position.councillorID, "Chair (Leader)", 0)
            case (.cabinet, .deputyLeader): (position.councillorID, "Vice-chair (Deputy Leader)", 1)
            case (.cabinet, .cabinetMember): (position.councillorID, "Member", 2)
            case (_, .committeeChair) where position.body?.lowercased() == committee.name.lowercased(): (position.councillorID, "Chair", 0)
            case (_, .committeeViceChair) where position.body?.lowercased() == committee.name.lowercased(): (position.councillorID, "Vice-chair", 1)
            case (_, .committeeMember) where position.body?.lowercased() == committee.name.lowercased(): (position.councillorID, "Member", 2)
            default: nil
            }
        }
        // A councillor holding several posts is listed once, by the highest.
        let best = Dictionary(grouping: held, by: \.0).compactMap { $0.value.min { $0.2 < $1.2 } }
        let names = try await Beacon.names(of: Councillor.self, ids: best.map(\.0), on: db)
        return best.sorted { ($0.2, names[$0.0] ?? "") < ($1.2, names[$1.0] ?? "") }
            .map { Member(councillorID: $0.0, name: names[$0.0] ?? "—", role: $0.1) }
    }
}
