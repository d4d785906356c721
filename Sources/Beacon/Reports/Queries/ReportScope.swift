import BeaconDomain
import Fluent
import Vapor

/// What a report's scope takes in: its name, the business plans of the report's year, the
/// indicators, and (for a strategy) the strategy whose actions alone count.
struct ReportScope: Sendable {
    let name: String
    let plans: [BusinessPlan]
    let indicators: [Indicator]
    let strategyID: UUID?
    /// For a partnership: its indicators are its councils' shared ones, side by side.
    var partnershipID: UUID?

    /// Resolves the scope for the financial year the report's span starts in. A scope record
    /// that is not the council's is refused (404), so a report never reaches across councils.
    static func resolve(kind: ReportScopeKind, id: UUID?, council: Council, year: Int,
                        on db: Database) async throws -> ReportScope {
        let councilID = try council.requireID()
        let yearPlans = try await BusinessPlan.query(on: db).filter(\.$councilID == councilID)
            .filter(\.$year == year).all()
        let indicators = try await Indicator.query(on: db).filter(\.$councilID == councilID)
            .filter(\.$closedOn == nil).sort(\.$code).all()
        switch kind {
        case .council:
            return ReportScope(name: council.name, plans: yearPlans, indicators: indicators, strategyID: nil)
        case .unit:
            let unit = try await record(Unit.self, id, of: \.councilID, council: councilID,
                                        noun: "unit", on: db)
            let units = try await Unit.query(on: db).filter(\.$councilID == councilID).all()
            let tree = UnitTree(parents: Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.parentID) }))
            let inScope = tree.unitAndDescendants(of: try unit.requireID())
            return ReportScope(name: unit.name, plans: yearPlans.filter { inScope.contains($0.unitID) },
                               indicators: indicators.filter { inScope.contains($0.owningUnitID) }, strategyID: nil)
        case .strategy:
            let strategy = try await record(Strategy.self, id, of: \.councilID, council: councilID,
                                        noun: "strategy", on: db)
            let strategyID = try strategy.requireID()
            let actions = try await PlanAction.query(on: db).filter(\.$strategyID == strategyID)
                .filter(\.$planID ~~ yearPlans.compactMap(\.id)).all()
            let planIDs = Set(actions.map(\.planID))
            let indicatorIDs = Set(actions.flatMap(\.indicatorIDs))
            return ReportScope(name: strategy.title, plans: yearPlans.filter { planIDs.contains($0.id!) },
                               indicators: indicators.filter { indicatorIDs.contains($0.id!) }, strategyID: strategyID)
        case .partnership:
            let membership = try await PartnershipCouncil.query(on: db).filter(\.$partnership.$id == (id ?? UUID()))
                .filter(\.$councilID == councilID).first()
            guard let id, membership != nil, let partnership = try await Partnership.find(id, on: db) else {
                throw ScopeNotFound(noun: "partnership")
            }
            return ReportScope(name: partnership.name, plans: [], indicators: [], strategyID: nil, partnershipID: id)
        case .plan:
            let plan = try await record(BusinessPlan.self, id, of: \.councilID, council: councilID,
                                        noun: "business plan", on: db)
            let unit = try await Unit.find(plan.unitID, on: db)
            let ids = Set(plan.indicatorIDs)
            return ReportScope(name: "\(unit?.name ?? "Unit") business plan \(plan.yearLabel)", plans: [plan],
                               indicators: indicators.filter { ids.contains($0.id!) }, strategyID: nil)
        }
    }

    /// The record by id if it is the council's; `ScopeNotFound` otherwise.
    private static func record<R: Model>(_ type: R.Type, _ id: UUID?, of councilKey: KeyPath<R, UUID>, council: UUID,
                                         noun: String, on db: Database) async throws -> R where R.IDValue == UUID {
        guard let id, let found = try await R.find(id, on: db), found[keyPath: councilKey] == council else {
            throw ScopeNotFound(noun: noun)
        }
        return found
    }
}

/// The unit, strategy or plan a report covers is not one of the council's: 404 when a report is
/// read, a problem with the field when a draft is made.
struct ScopeNotFound: AbortError {
    let noun: String
    var status: HTTPResponseStatus { .notFound }
    var reason: String { "There is no \(noun) with that id in this council." }
}
