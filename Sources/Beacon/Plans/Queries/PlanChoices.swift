import BeaconDomain
import Fluent
import Vapor

/// The records a plan's forms offer to link to, all from the plan's own council (or plan).
enum PlanChoices {
    static func priorities(_ councilID: UUID, on db: Database) async throws -> [FormField.Choice] {
        try await StrategicPriority.query(on: db).filter(\.$councilID == councilID).filter(\.$closedOn == nil)
            .sort(\.$number).sort(\.$title).all().map { .init(value: $0.id!.uuidString, label: $0.numberedTitle) }
    }

    static func indicators(_ councilID: UUID, on db: Database) async throws -> [FormField.Choice] {
        try await Indicator.query(on: db).filter(\.$councilID == councilID).filter(\.$closedOn == nil)
            .sort(\.$code).all().map { .init(value: $0.id!.uuidString, label: "\($0.code) \($0.title)") }
    }

    static func strategies(_ councilID: UUID, on db: Database) async throws -> [FormField.Choice] {
        try await Strategy.query(on: db).filter(\.$councilID == councilID).filter(\.$closedOn == nil)
            .sort(\.$title).all().map { .init(value: $0.id!.uuidString, label: "\($0.title) \($0.span)") }
    }

    static func risks(_ planID: UUID, on db: Database) async throws -> [FormField.Choice] {
        try await PlanRisk.query(on: db).filter(\.$planID == planID).sort(\.$position).all()
            .map { .init(value: $0.id!.uuidString, label: $0.area) }
    }

    static func actions(_ planID: UUID, on db: Database) async throws -> [FormField.Choice] {
        try await PlanAction.query(on: db).filter(\.$planID == planID).filter(\.$riskID == nil).sort(\.$position).all()
            .map { .init(value: $0.id!.uuidString, label: String($0.activity.prefix(90))) }
    }

    /// Checks that every chosen id is one of the offered choices.
    static func check(_ field: String, _ values: [String]?, among choices: [FormField.Choice], label: String, _ check: inout FormCheck) -> [UUID] {
        let offered = Set(choices.map(\.value))
        let chosen = (values ?? []).filter { !$0.isEmpty }
        if chosen.contains(where: { !offered.contains($0) }) { check.add(field, "Choose \(label.lowercased()) from the list") }
        return chosen.filter(offered.contains).compactMap(UUID.init(uuidString:))
    }

    /// Checks a single optional choice.
    static func checkOne(_ field: String, _ value: String?, among choices: [FormField.Choice], label: String, _ check: inout FormCheck) -> UUID? {
        guard let value, !value.isEmpty else { return nil }
        return Self.check(field, [value], among: choices, label: label, &check).first
    }

    /// One after the highest position among the plan's rows of this kind.
    static func nextPosition<P: PlanPart>(_ type: P.Type, plan: UUID, on db: Database) async throws -> Int {
        let highest = try await P.query(on: db).filter(PlanPartField.plan, .equal, plan)
            .aggregate(.maximum, PlanPartField.position, as: Int?.self).get()
        return (highest ?? 0) + 1
    }
}
