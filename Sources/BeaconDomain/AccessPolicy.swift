import Foundation

/// Something a request wants to do, named in the terms of the organisation spec.
public enum Action: Hashable, Sendable {
    /// Read what a council has published.
    case readPublished
    /// Read the organisation's directory (units, people, councillors): any signed-in user.
    case readDirectory
    /// Manage a council's units, people, users, API keys and settings, and read its audit trail.
    case administer(council: UUID)
    /// Create a new council in this deployment.
    case createCouncil
    /// Maintain a council's register of councillors and their positions.
    case manageCouncillors(council: UUID)
    /// Manage a partnership, its joint committee and delegations.
    case managePartnership(partners: Set<UUID>)
    /// Update a person's record (job title, contact details) in a unit.
    case editPerson(council: UUID, unit: UUID)
    /// Define and change a council's performance indicators and re-judge their statuses.
    case defineIndicators(council: UUID)
    /// Keep a council's list of strategic priorities.
    case managePriorities(council: UUID)
    /// Enter or restate the values of an indicator owned by a unit.
    case enterIndicatorValues(council: UUID, unit: UUID)
    /// Set or remove an indicator's targets: performance officers, as the indicators spec says.
    case setTargets(council: UUID)
    /// Verify values, import files of values, and re-judge statuses.
    case verifyIndicatorValues(council: UUID)
    /// See values that are not yet verified (staff of the council, not councillors or the public).
    case readUnverifiedValues(council: UUID)
    /// Keep a council's strategies (the corporate strategy and others).
    case manageStrategies(council: UUID)
    /// Read a unit's plan before it is approved, and change it while it is a draft.
    case editPlan(council: UUID, unit: UUID)
    /// Move a unit's plan through its lifecycle (`PlanStep`).
    case movePlan(council: UUID, unit: UUID, step: PlanStep)
    /// Write, publish, withdraw and record decision notices and their outcomes; read drafts.
    case runDecisions(council: UUID)
    /// Make a representation on an open notice: only someone it was sent to.
    case makeRepresentation(council: UUID, isConsultee: Bool)
    /// Ask for an open notice to be referred to cabinet: a member it was sent to.
    case requestReferral(council: UUID, isConsultee: Bool)
    /// Ask for a decision to be called in to scrutiny: any member of the council.
    case requestCallIn(council: UUID)
    /// Keep the council's list of services: administrators and performance officers.
    case manageServices(council: UUID)
    /// Record a contact with a member of the public: service centre agents.
    case recordContacts(council: UUID)
    /// Read contact records, which may hold customers' personal data.
    case readContacts(council: UUID)
    /// Import telephony systems' call records: performance officers and administrators.
    case importContacts(council: UUID)
    /// See the service centre's measures: any member of the council's staff or members.
    case readServiceCentre(council: UUID)
    /// Raise a service request or log a complaint: the council's staff.
    case raiseRequests(council: UUID)
    /// Read service requests and complaints, which hold the public's details: staff, not members.
    case readRequests(council: UUID)
    /// Update a request or respond to a complaint for a unit: its officers and heads, or a performance officer.
    case workOnRequests(council: UUID, unit: UUID)
    /// Find, export and erase a person's data, set retention, read the access log: the council's
    /// data protection officer or an administrator.
    case handlePersonalData(council: UUID)
    /// Make, edit, read (as drafts) and issue progress reports.
    case prepareReports(council: UUID)
}

/// The outcome of asking the access policy.
public enum AccessDecision: Equatable, Sendable {
    case allowed
    /// Nobody is signed in and the action needs someone who is.
    case signInRequired
    /// Signed in, but this role or scope may not do it; the reason is shown to the user.
    case refused(String)
}

/// The single rule book every controller asks before it reads unpublished data or writes.
public enum AccessPolicy {
    public static func decide(_ actor: Actor?, _ action: Action) -> AccessDecision {
        if action == .readPublished { return .allowed }
        guard let actor else { return .signInRequired }
        switch action {
        case .readPublished, .readDirectory:
            return .allowed
        case .administer(let council):
            return actor.role == .administrator && actor.councilID == council
                ? .allowed : .refused("Only an administrator of this council may do this.")
        case .createCouncil:
            return actor.role == .administrator
                ? .allowed : .refused("Only an administrator may create a council.")
        case .manageCouncillors(let council):
            let mayManage = actor.role == .administrator || actor.role == .democraticServices
            return mayManage && actor.councilID == council
                ? .allowed
                : .refused("Only democratic services or an administrator of this council may change councillors.")
        case .managePartnership(let partners):
            return actor.role == .administrator && partners.contains(actor.councilID)
                ? .allowed
                : .refused("Only an administrator of a partner council may change this partnership.")
        case .editPerson(let council, let unit):
            return decideEditPerson(actor, council: council, unit: unit)
        case .defineIndicators(let council), .verifyIndicatorValues(let council), .setTargets(let council):
            return actor.role == .performanceOfficer && actor.councilID == council
                ? .allowed : .refused("Only a performance officer of this council may do this.")
        case .managePriorities(let council):
            let mayManage = actor.role == .performanceOfficer || actor.role == .administrator
            return mayManage && actor.councilID == council
                ? .allowed : .refused("Only a performance officer or an administrator of this council may change its priorities.")
        case .enterIndicatorValues(let council, let unit):
            return decideEnterValues(actor, council: council, unit: unit)
        case .readUnverifiedValues(let council):
            return actor.role != .councillor && actor.councilID == council
                ? .allowed : .refused("Only the council's staff may see values before they are verified.")
        case .manageStrategies(let council):
            return actor.role == .performanceOfficer && actor.councilID == council
                ? .allowed : .refused("Only a performance officer of this council may change its strategies.")
        case .editPlan(let council, let unit):
            return decideEditPlan(actor, council: council, unit: unit)
        case .movePlan(let council, let unit, let step):
            return decideMovePlan(actor, council: council, unit: unit, step: step)
        case .runDecisions, .makeRepresentation, .requestReferral, .requestCallIn:
            return decideDecisions(actor, action)
        case .manageServices, .recordContacts, .readContacts, .importContacts, .readServiceCentre, .raiseRequests, .readRequests:
            return decideServiceCentre(actor, action)
        case .workOnRequests(let council, let unit):
            guard actor.councilID == council else { return .refused("This belongs to another council.") }
            if actor.role == .performanceOfficer || (actor.role.isUnitScoped && actor.unitScope.contains(unit)) { return .allowed }
            return .refused("Only the responsible unit's officers and heads, or a performance officer, may work on this.")
        case .prepareReports(let council):
            return actor.role == .performanceOfficer && actor.councilID == council
                ? .allowed : .refused("Only a performance officer of this council may prepare its reports.")
        case .handlePersonalData(let council):
            let mayHandle = actor.role == .dataProtectionOfficer || actor.role == .administrator
            return mayHandle && actor.councilID == council
                ? .allowed
                : .refused("Only the council's data protection officer or an administrator may handle a person's data.")
        }
    }

    private static func decideServiceCentre(_ actor: Actor, _ action: Action) -> AccessDecision {
        let (council, roles, refusal): (UUID, Set<Role>, String) = switch action {
        case .manageServices(let council):
            (council, [.administrator, .performanceOfficer], "Only an administrator or a performance officer of this council may change its services.")
        case .recordContacts(let council):
            (council, [.serviceCentreAgent], "Only the council's service centre agents record contacts.")
        case .readContacts(let council):
            (council, [.serviceCentreAgent, .performanceOfficer, .administrator],
             "Contact records hold customers' details: only service centre agents, performance officers and administrators see them.")
        case .importContacts(let council):
            (council, [.performanceOfficer, .administrator], "Only a performance officer or an administrator of this council may import call records.")
        case .readServiceCentre(let council):
            (council, Set(Role.allCases), "The service centre's measures are for this council's staff and members.")
        case .raiseRequests(let council), .readRequests(let council):
            (council, Set(Role.allCases).subtracting([.councillor]), "Service requests and complaints hold the public's details: only the council's staff see them.")
        default:
            (UUID(), [], "This is not a service centre action.")
        }
        return roles.contains(actor.role) && actor.councilID == council ? .allowed : .refused(refusal)
    }

    private static func decideDecisions(_ actor: Actor, _ action: Action) -> AccessDecision {
        switch action {
        case .runDecisions(let council):
            return actor.role == .democraticServices && actor.councilID == council
                ? .allowed : .refused("Only democratic services of this council may run decision notices.")
        case .makeRepresentation(let council, let isConsultee):
            return isConsultee && actor.councilID == council
                ? .allowed : .refused("Only the people this notice was sent to may make representations on it.")
        case .requestReferral(let council, let isConsultee):
            return actor.role == .councillor && isConsultee && actor.councilID == council
                ? .allowed : .refused("Only a member this notice was sent to may ask for it to be referred to cabinet.")
        case .requestCallIn(let council):
            return actor.role == .councillor && actor.councilID == council
                ? .allowed : .refused("Only a member of this council may ask for a decision to be called in.")
        default:
            return .refused("This is not a decision notice action.")
        }
    }

    private static func decideEditPlan(_ actor: Actor, council: UUID, unit: UUID) -> AccessDecision {
        guard actor.councilID == council else { return .refused("This plan belongs to another council.") }
        if actor.role == .performanceOfficer { return .allowed }
        if actor.role.isUnitScoped && actor.unitScope.contains(unit) { return .allowed }
        return .refused("Only the unit's own officers and performance officers may work on this plan.")
    }

    private static func decideMovePlan(_ actor: Actor, council: UUID, unit: UUID, step: PlanStep) -> AccessDecision {
        guard actor.councilID == council else { return .refused("This plan belongs to another council.") }
        let inUnit = actor.role.isUnitScoped && actor.unitScope.contains(unit)
        let allowed = switch step {
        case .submit, .returnToDraft: actor.role == .performanceOfficer || (inUnit && actor.role == .headOfUnit)
        case .approve: actor.role == .performanceOfficer || actor.role == .democraticServices
        case .publish: actor.role == .performanceOfficer
        case .startRevision: actor.role == .performanceOfficer || inUnit
        }
        return allowed ? .allowed : .refused("Only \(step.whoMay) may \(step.title.lowercased()).")
    }

    private static func decideEnterValues(_ actor: Actor, council: UUID, unit: UUID) -> AccessDecision {
        guard actor.councilID == council else { return .refused("This indicator belongs to another council.") }
        if actor.role == .performanceOfficer { return .allowed }
        if actor.role.isUnitScoped && actor.unitScope.contains(unit) { return .allowed }
        if actor.role.isUnitScoped { return .refused("You may only enter values for your own unit's indicators.") }
        return .refused("Your role may not enter indicator values.")
    }

    private static func decideEditPerson(_ actor: Actor, council: UUID, unit: UUID) -> AccessDecision {
        guard actor.councilID == council else {
            return .refused("This person belongs to another council.")
        }
        if actor.role == .administrator { return .allowed }
        if actor.role.isUnitScoped && actor.unitScope.contains(unit) { return .allowed }
        if actor.role.isUnitScoped {
            return .refused("You may only change people in your own unit\(actor.role == .headOfUnit ? " and the units below it" : "").")
        }
        return .refused("Your role may not change people's records.")
    }
}
