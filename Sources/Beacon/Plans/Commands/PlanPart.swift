import BeaconDomain
import Fluent
import Vapor

/// The sections of a plan that hold rows, by the name used in their addresses.
enum PlanPartKind: String, CaseIterable, Sendable {
    case priorities = "priority-links", developments, actions, budget = "budget-lines", consultations, risks

    var noun: String {
        switch self {
        case .priorities: "link to a strategic priority"
        case .developments: "proposed development"
        case .actions: "action"
        case .budget: "budget line"
        case .consultations: "consultation"
        case .risks: "risk"
        }
    }

    var section: Int {
        switch self {
        case .priorities: 2
        case .developments: 4
        case .actions: 5
        case .budget: 6
        case .consultations: 8
        case .risks: 9
        }
    }
}

/// A row of a plan section, changed through `PlanPartRoutes` and `PlanPartWrite` while the plan
/// is a draft.
protocol PlanPart: Audited {
    associatedtype Input: Content & VersionedInput

    static var kind: PlanPartKind { get }
    var councilID: UUID { get set }
    var planID: UUID { get set }
    var version: Int { get set }

    /// Validates the input against the plan (throwing `ValidationFailed`) and sets fields.
    func apply(_ input: Input, plan: BusinessPlan, council: Council, on db: Database) async throws
    static func formFields(for record: Self?, input: Input?, plan: BusinessPlan, council: Council, on db: Database) async throws -> [FormField]
    /// The SMART check of a row that has one (an action), shown on its form and after saving.
    var smartCheck: SmartCheck? { get }
}

extension PlanPart {
    var smartCheck: SmartCheck? { nil }
}

extension PlanPart {
    /// The row named by `:item` in the path, if it belongs to the plan being read; 404 otherwise.
    static func find(in reading: PlanReading, on request: Request) async throws -> Self {
        guard let id = request.parameters.get("item", as: UUID.self),
              let record = try await query(on: request.db).filter(\._$id == id).filter(PlanPartField.plan, .equal, reading.planID).first() else {
            throw Abort(.notFound, reason: "This plan has no \(kind.noun) with that id.")
        }
        return record
    }
}

/// Columns every plan row table has (and `position` for the ordered ones), for queries
/// written once for every kind of row.
enum PlanPartField {
    static let plan = FieldKey("plan_id")
    static let position = FieldKey("position")
}

/// The one place plan rows are added, changed and removed: validated, in a transaction,
/// with the row's version checked and an audit entry written.
enum PlanPartWrite {
    static func create<P: PlanPart>(_ type: P.Type, _ input: P.Input, plan: BusinessPlan, council: Council,
                                    by signedIn: SignedIn, on db: Database) async throws -> P {
        try await db.write { db in
            let record = P()
            record.councilID = plan.councilID
            record.planID = try plan.requireID()
            try await record.apply(input, plan: plan, council: council, on: db)
            record.version = 1
            try await record.create(on: db)
            try await AuditTrail.record(.create, record, before: nil, by: signedIn, on: db)
            return record
        }
    }

    static func update<P: PlanPart>(_ record: P, _ input: P.Input, plan: BusinessPlan, council: Council,
                                    by signedIn: SignedIn, on db: Database) async throws {
        let expected = try expectedVersion(input.version, of: record)
        try await db.write { db in
            let before = try AuditTrail.snapshot(record)
            try await record.apply(input, plan: plan, council: council, on: db)
            try await RecordWrite.claimVersion(of: P.schema, id: record.requireID(), expecting: expected, noun: P.kind.noun, on: db)
            record.version = expected + 1
            try await record.update(on: db)
            try await AuditTrail.record(.update, record, before: before, by: signedIn, on: db)
        }
    }

    static func delete<P: PlanPart>(_ record: P, version: Int?, by signedIn: SignedIn, on db: Database) async throws {
        let expected = try expectedVersion(version, of: record)
        try await db.write { db in
            let before = try AuditTrail.snapshot(record)
            try await RecordWrite.claimVersion(of: P.schema, id: record.requireID(), expecting: expected, noun: P.kind.noun, on: db)
            try await record.delete(on: db)
            try await AuditTrail.record(.delete, record, before: before, by: signedIn, on: db)
        }
    }

    private static func expectedVersion<P: PlanPart>(_ version: Int?, of record: P) throws -> Int {
        guard let version else { throw ValidationFailed(field: "version", "Send the version of the \(P.kind.noun) you are changing") }
        guard version == record.version else { throw EditConflict(noun: P.kind.noun) }
        return version
    }
}
