import BeaconDomain
import Fluent
import Plot
import Vapor

extension IndicatorFilters {
    /// The council's indicators still reported, narrowed by unit (and the units below it), priority and scope.
    func indicators(council: UUID, on db: Database) async throws -> [Indicator] {
        var query = Indicator.query(on: db).filter(\.$councilID == council).filter(\.$closedOn == nil).sort(\.$code)
        if let unit {
            let units = try await Unit.query(on: db).filter(\.$councilID == council).all()
            let tree = UnitTree(parents: Dictionary(units.compactMap { u in u.id.map { ($0, u.parentID) } }, uniquingKeysWith: { a, _ in a }))
            query = query.filter(\.$owningUnitID ~~ Array(tree.unitAndDescendants(of: unit)))
        }
        if let priority { query = query.filter(\.$priorityID == priority) }
        if let scope { query = query.filter(\.$scope == scope) }
        if let plan {
            let chosen = try await BusinessPlan.query(on: db).filter(\.$id == plan).filter(\.$councilID == council)
                .first()
            query = query.filter(\.$id ~~ (chosen?.indicatorIDs ?? []))
        }
        return try await query.all()
    }
}
