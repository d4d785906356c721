import BeaconDomain
import Fluent
import Vapor

extension NoticeRecord {
    static func load(_ notice: DecisionNotice, on db: Database) async throws -> NoticeRecord {
        let id = try notice.requireID()
        let day = notice.decidedAt.map(UKTime.day(of:)) ?? notice.publishedAt.map(UKTime.day(of:)) ?? BeaconClock.current.today
        let people = try await Person.query(on: db).filter(\.$id ~~ [notice.caseOfficerID, notice.democraticOfficerID]).all()
        func officer(_ id: UUID) -> String {
            people.first { $0.id == id }.map { [$0.name, $0.jobTitle, $0.email, $0.phone].compactMap { $0 }.joined(separator: ", ") } ?? "—"
        }
        let requests = try await MemberRequest.query(on: db).filter(\.$noticeID == id).all()
        func distinct(_ kind: MemberRequestKind) -> Int { Set(requests.filter { $0.kind == kind }.map(\.councillorID)).count }
        return NoticeRecord(
            notice: notice,
            makerName: try await Councillor.find(notice.makerID, on: db).map { "Councillor \($0.name)" } ?? "—",
            makerTitle: try await NoticeChoices.makerTitle(notice.makerID, on: day, on: db),
            caseOfficer: officer(notice.caseOfficerID), democraticOfficer: officer(notice.democraticOfficerID),
            subject: try await subjectName(notice, on: db),
            consultees: try await NoticeConsultee.query(on: db).filter(\.$noticeID == id).sort(\.$role).all(),
            representations: try await NoticeRepresentation.query(on: db).filter(\.$noticeID == id).sort(\.$madeAt).all(),
            referralCount: distinct(.referral), callInCount: distinct(.callIn),
            events: try await NoticeEvent.query(on: db).filter(\.$noticeID == id).sort(\.$at).all(),
            appendices: try await AttachedFile.listed(AttachedDocument.query(on: db).filter(\.$noticeID == id)))
    }

    static func subjectName(_ notice: DecisionNotice, on db: Database) async throws -> String {
        if let planID = notice.subjectPlanID, let plan = try await BusinessPlan.find(planID, on: db) {
            let unit = try await Unit.find(plan.unitID, on: db)?.name ?? "—"
            return "The \(unit) business plan \(plan.yearLabel)"
        }
        if let strategyID = notice.subjectStrategyID, let strategy = try await Strategy.find(strategyID, on: db) {
            return "\(strategy.title) \(strategy.span)"
        }
        let amount = notice.amountPence == 0 ? "" : " of \(Money.pounds(notice.amountPence))"
        return notice.subjectKind.title + amount
    }
}
