import BeaconDomain
import Fluent
import Vapor

/// The indicator values a signed-in user should be chasing, overdue first: a reporting
/// officer's own; a unit's officers' for their unit; a head of unit's once escalated to them;
/// every council value once escalated to performance officers.
struct OwedValue: Sendable {
    let indicator: Indicator
    let row: PeriodResult
}

enum OwedValues {
    static func load(for signedIn: SignedIn, on db: Database) async throws -> [OwedValue] {
        let actor = signedIn.actor
        guard [.officer, .headOfUnit, .performanceOfficer].contains(actor.role),
              let council = try await Council.find(actor.councilID, on: db) else { return [] }
        let indicators = try await Indicator.query(on: db).filter(\.$councilID == actor.councilID).filter(\.$closedOn == nil)
            .filter(\.$dataSource != DataSource.calculated).all()
        let histories = try await IndicatorResults(council: council, verifiedOnly: false).histories(indicators, on: db)
        let today = BeaconClock.current.today
        var owed: [OwedValue] = []
        for indicator in indicators {
            guard let history = histories[indicator.id!] else { continue }
            for row in history.rows where row.period.end < today && owes(row) && concerns(actor, indicator, row) {
                owed.append(OwedValue(indicator: indicator, row: row))
            }
        }
        return owed.sorted { ($0.row.status == .overdue ? 0 : 1, $0.row.dueDate, $0.indicator.code) < ($1.row.status == .overdue ? 0 : 1, $1.row.dueDate, $1.indicator.code) }
    }

    private static func owes(_ row: PeriodResult) -> Bool {
        guard let actual = row.actual else { return true }
        return actual.value == nil && (actual.missingReason?.stillOwed ?? true) && actual.calculationNote == nil
    }

    private static func concerns(_ actor: Actor, _ indicator: Indicator, _ row: PeriodResult) -> Bool {
        let ownsIt = indicator.reportingOfficerID != nil && indicator.reportingOfficerID == actor.personID
        switch actor.role {
        case .officer: return ownsIt || actor.unitScope.contains(indicator.owningUnitID)
        case .headOfUnit:
            return ownsIt || (actor.unitScope.contains(indicator.owningUnitID) && [.headOfUnit, .performanceOfficers].contains(row.escalation))
        case .performanceOfficer: return ownsIt || row.escalation == .performanceOfficers
        default: return false
        }
    }
}
