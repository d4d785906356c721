import BeaconDomain
import Fluent
import Plot
import Vapor

extension NoticesSentSection {
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
        return try await DecisionNotice.query(on: db).filter(\.$id ~~ ids).filter(\.$storedStatus == NoticeStatus.open)
            .sort(\.$deadline).all().filter { ($0.deadline ?? now) > now }
    }
}
