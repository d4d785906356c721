import BeaconDomain
import Fluent
import Vapor

/// Works out who holds each consultee role today, and whether a user is among those a notice
/// was sent to.
enum NoticeConsultees {
    /// The consultees for the roles chosen; a role nobody holds is a problem on the form, so
    /// no notice goes out believing it consulted someone it did not.
    static func resolve(_ roles: [ConsulteeRole], for notice: DecisionNotice, panel: String?, _ check: inout FormCheck,
                        on db: Database) async throws -> [NoticeConsultee] {
        let people = try await Person.query(on: db).filter(\.$councilID == notice.councilID).filter(\.$leftOn == nil).all()
        let members = try await Councillor.query(on: db).filter(\.$councilID == notice.councilID).filter(\.$leftOn == nil).all()
        let positions = try await Position.held(on: BeaconClock.current.today, Position.query(on: db).filter(\.$councilID == notice.councilID))
        var found: [NoticeConsultee] = []
        for role in roles {
            let holders: [(person: Person?, member: Councillor?)] = switch role {
            case _ where role.isOfficer: people.filter { role.matches(jobTitle: $0.jobTitle) }.map { ($0, nil) }
            case .wardMember: members.filter { notice.wardList.contains($0.ward) }.map { (nil, $0) }
            case .allMembers: members.map { (nil, $0) }
            default:
                positions.filter { role.matches(position: $0.kind, body: $0.body ?? $0.area, panel: panel) }
                    .compactMap { position in members.first { $0.id == position.councillorID } }.map { (nil, $0) }
            }
            if holders.isEmpty { check.add("roles", "Nobody holds the post of \(role.title.lowercased()) today; untick it or record who does") }
            found += holders.map { holder in
                let consultee = NoticeConsultee()
                (consultee.role, consultee.personID, consultee.councillorID) = (role, holder.person?.id, holder.member?.id)
                consultee.name = holder.person.map { "\($0.name), \($0.jobTitle)" } ?? holder.member.map { "Cllr \($0.name) (\($0.ward))" } ?? ""
                return consultee
            }
        }
        return found
    }

    /// Whether the signed-in user is one of those the notice was sent to.
    static func includes(_ signedIn: SignedIn, notice: UUID, on db: Database) async throws -> Bool {
        let consultees = try await NoticeConsultee.query(on: db).filter(\.$noticeID == notice).all()
        return consultees.contains { consultee in
            (signedIn.councillorID != nil && consultee.councillorID == signedIn.councillorID)
                || (signedIn.actor.personID != nil && consultee.personID == signedIn.actor.personID)
        }
    }

    /// The members a notice was sent to: those whose referral requests count.
    static func members(of notice: UUID, on db: Database) async throws -> Set<UUID> {
        Set(try await NoticeConsultee.query(on: db).filter(\.$noticeID == notice).all().compactMap(\.councillorID))
    }
}
