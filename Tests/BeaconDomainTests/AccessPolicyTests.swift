import BeaconDomain
import Foundation
import Testing

@Suite("Access policy: who may do what")
struct AccessPolicyTests {
    let council = UUID()
    let otherCouncil = UUID()
    let contactCentre = UUID()
    let customerServices = UUID()
    let policy = UUID()

    func actor(_ role: Role, scope: Set<UUID> = []) -> Actor {
        Actor(role: role, councilID: council, unitScope: scope)
    }

    @Test("the public may read what is published and nothing else")
    func publicReads() {
        #expect(AccessPolicy.decide(nil, .readPublished) == .allowed)
        #expect(AccessPolicy.decide(nil, .readDirectory) == .signInRequired)
        #expect(AccessPolicy.decide(nil, .administer(council: council)) == .signInRequired)
    }

    @Test("only an administrator of the same council administers it", arguments: Role.allCases)
    func administer(role: Role) {
        let decision = AccessPolicy.decide(actor(role), .administer(council: council))
        #expect((decision == .allowed) == (role == .administrator))
        #expect(AccessPolicy.decide(actor(.administrator), .administer(council: otherCouncil)) != .allowed)
    }

    @Test("councillors are managed by democratic services and administrators", arguments: Role.allCases)
    func manageCouncillors(role: Role) {
        let allowed = AccessPolicy.decide(actor(role), .manageCouncillors(council: council)) == .allowed
        #expect(allowed == [.democraticServices, .administrator].contains(role))
    }

    @Test("a partnership is managed by an administrator of a partner council")
    func partnership() {
        #expect(AccessPolicy.decide(actor(.administrator), .managePartnership(partners: [council, otherCouncil])) == .allowed)
        #expect(AccessPolicy.decide(actor(.administrator), .managePartnership(partners: [otherCouncil])) != .allowed)
        #expect(AccessPolicy.decide(actor(.democraticServices), .managePartnership(partners: [council])) != .allowed)
    }

    @Test("an officer edits people in their own unit only")
    func officerScope() {
        let officer = actor(.officer, scope: [contactCentre])
        #expect(AccessPolicy.decide(officer, .editPerson(council: council, unit: contactCentre)) == .allowed)
        #expect(AccessPolicy.decide(officer, .editPerson(council: council, unit: customerServices))
            == .refused("You may only change people in your own unit."))
    }

    @Test("a head of unit edits people in their unit and the units below it")
    func headScope() {
        let head = actor(.headOfUnit, scope: [customerServices, contactCentre])
        #expect(AccessPolicy.decide(head, .editPerson(council: council, unit: contactCentre)) == .allowed)
        #expect(AccessPolicy.decide(head, .editPerson(council: council, unit: policy))
            == .refused("You may only change people in your own unit and the units below it."))
    }

    @Test("nobody edits people of another council, and roles without a unit edit none")
    func otherCouncilAndUnscopedRoles() {
        let head = Actor(role: .headOfUnit, councilID: council, unitScope: [contactCentre])
        #expect(AccessPolicy.decide(head, .editPerson(council: otherCouncil, unit: contactCentre)) != .allowed)
        for role in [Role.councillor, .serviceCentreAgent, .democraticServices, .performanceOfficer] {
            #expect(AccessPolicy.decide(actor(role), .editPerson(council: council, unit: contactCentre)) != .allowed)
        }
        #expect(AccessPolicy.decide(actor(.administrator), .editPerson(council: council, unit: policy)) == .allowed)
    }

    @Test("an unknown stored role gets the least rights")
    func unknownRole() {
        #expect(Role(rawValue: "mayor") == nil)
        #expect(Role.allCases.count == 8, "eight roles for users, and the public makes nine")
    }
}

@Suite("Indicator rights")
struct IndicatorAccessTests {
    let council = UUID()
    let unit = UUID()
    let otherUnit = UUID()

    @Test("who may enter values for a unit's indicator")
    func enterValues() {
        let action = Action.enterIndicatorValues(council: council, unit: unit)
        #expect(AccessPolicy.decide(Actor(role: .performanceOfficer, councilID: council), action) == .allowed)
        #expect(AccessPolicy.decide(Actor(role: .officer, councilID: council, unitScope: [unit]), action) == .allowed)
        #expect(AccessPolicy.decide(Actor(role: .officer, councilID: council, unitScope: [otherUnit]), action)
            == .refused("You may only enter values for your own unit's indicators."))
        #expect(AccessPolicy.decide(Actor(role: .administrator, councilID: council), action) == .refused("Your role may not enter indicator values."))
        #expect(AccessPolicy.decide(Actor(role: .performanceOfficer, councilID: UUID()), action) == .refused("This indicator belongs to another council."))
        #expect(AccessPolicy.decide(nil, action) == .signInRequired)
    }

    @Test("defining, verifying, setting targets and reading unverified values")
    func others() {
        #expect(AccessPolicy.decide(Actor(role: .performanceOfficer, councilID: council), .defineIndicators(council: council)) == .allowed)
        #expect(AccessPolicy.decide(Actor(role: .headOfUnit, councilID: council, unitScope: [unit]), .verifyIndicatorValues(council: council)) != .allowed)
        #expect(AccessPolicy.decide(Actor(role: .performanceOfficer, councilID: council), .setTargets(council: council)) == .allowed)
        #expect(AccessPolicy.decide(Actor(role: .officer, councilID: council, unitScope: [unit]), .setTargets(council: council))
            == .refused("Only a performance officer of this council may do this."))
        #expect(AccessPolicy.decide(Actor(role: .headOfUnit, councilID: council, unitScope: [unit]), .setTargets(council: council)) != .allowed)
        #expect(AccessPolicy.decide(Actor(role: .performanceOfficer, councilID: UUID()), .setTargets(council: council)) != .allowed)
        #expect(AccessPolicy.decide(Actor(role: .administrator, councilID: council), .managePriorities(council: council)) == .allowed)
        #expect(AccessPolicy.decide(Actor(role: .officer, councilID: council), .managePriorities(council: council)) != .allowed)
        #expect(AccessPolicy.decide(Actor(role: .serviceCentreAgent, councilID: council), .readUnverifiedValues(council: council)) == .allowed)
        #expect(AccessPolicy.decide(Actor(role: .councillor, councilID: council), .readUnverifiedValues(council: council)) != .allowed)
        #expect(AccessPolicy.decide(Actor(role: .performanceOfficer, councilID: UUID()), .readUnverifiedValues(council: council)) != .allowed)
    }

}

@Suite("Plan rights")
struct PlanAccessTests {
    let council = UUID()
    let otherCouncil = UUID()
    let unit = UUID()
    let otherUnit = UUID()

    func actor(_ role: Role, scope: Set<UUID> = []) -> Actor {
        Actor(role: role, councilID: council, unitScope: scope)
    }

    @Test("who may work on a unit's plan", arguments: Role.allCases)
    func editPlan(role: Role) {
        let allowed = AccessPolicy.decide(actor(role, scope: [unit]), .editPlan(council: council, unit: unit)) == .allowed
        #expect(allowed == [.officer, .headOfUnit, .performanceOfficer].contains(role))
        #expect(AccessPolicy.decide(actor(.officer, scope: [otherUnit]), .editPlan(council: council, unit: unit)) != .allowed)
        #expect(AccessPolicy.decide(Actor(role: .performanceOfficer, councilID: otherCouncil), .editPlan(council: council, unit: unit)) != .allowed)
    }

    @Test("who may move a plan through its lifecycle")
    func movePlan() {
        func decide(_ role: Role, _ step: PlanStep, scope: Set<UUID> = []) -> Bool {
            AccessPolicy.decide(actor(role, scope: scope), .movePlan(council: council, unit: unit, step: step)) == .allowed
        }
        #expect(decide(.headOfUnit, .submit, scope: [unit]))
        #expect(!decide(.headOfUnit, .submit, scope: [otherUnit]))
        #expect(!decide(.officer, .submit, scope: [unit]))
        #expect(decide(.performanceOfficer, .submit))
        #expect(decide(.democraticServices, .approve))
        #expect(!decide(.headOfUnit, .approve, scope: [unit]))
        #expect(decide(.performanceOfficer, .publish))
        #expect(!decide(.democraticServices, .publish))
        #expect(decide(.officer, .startRevision, scope: [unit]))
        #expect(!decide(.councillor, .startRevision))
        #expect(AccessPolicy.decide(actor(.officer, scope: [unit]), .movePlan(council: council, unit: unit, step: .submit))
            == .refused("Only the head of the unit or a performance officer may submit for approval."))
    }
}

@Suite("Decision notice rights")
struct DecisionAccessTests {
    let council = UUID()

    func decide(_ role: Role, _ action: Action, council other: UUID? = nil) -> Bool {
        AccessPolicy.decide(Actor(role: role, councilID: other ?? council), action) == .allowed
    }

    @Test("only democratic services of the council run notices", arguments: Role.allCases)
    func runDecisions(role: Role) {
        #expect(decide(role, .runDecisions(council: council)) == (role == .democraticServices))
        #expect(!decide(.democraticServices, .runDecisions(council: council), council: UUID()))
        #expect(AccessPolicy.decide(nil, .runDecisions(council: council)) == .signInRequired)
    }

    @Test("representations come from consultees, officers or members; referral and call-in from members")
    func consultees() {
        #expect(decide(.headOfUnit, .makeRepresentation(council: council, isConsultee: true)))
        #expect(decide(.councillor, .makeRepresentation(council: council, isConsultee: true)))
        #expect(!decide(.councillor, .makeRepresentation(council: council, isConsultee: false)))
        #expect(!decide(.councillor, .makeRepresentation(council: council, isConsultee: true), council: UUID()))
        #expect(decide(.councillor, .requestReferral(council: council, isConsultee: true)))
        #expect(!decide(.councillor, .requestReferral(council: council, isConsultee: false)))
        #expect(!decide(.headOfUnit, .requestReferral(council: council, isConsultee: true)), "an officer is not a member")
        #expect(decide(.councillor, .requestCallIn(council: council)))
        #expect(!decide(.democraticServices, .requestCallIn(council: council)))
    }
}

@Suite("Access policy: the service centre")
struct ServiceCentreAccessTests {
    let council = UUID()

    func allowed(_ role: Role, _ action: Action, council other: UUID? = nil) -> Bool {
        AccessPolicy.decide(Actor(role: role, councilID: other ?? council, unitScope: []), action) == .allowed
    }

    @Test("agents record contacts; agents, performance officers and administrators read them", arguments: Role.allCases)
    func contacts(role: Role) {
        #expect(allowed(role, .recordContacts(council: council)) == (role == .serviceCentreAgent))
        #expect(allowed(role, .readContacts(council: council)) == [.serviceCentreAgent, .performanceOfficer, .administrator].contains(role))
        #expect(allowed(role, .importContacts(council: council)) == [.performanceOfficer, .administrator].contains(role))
        #expect(allowed(role, .manageServices(council: council)) == [.performanceOfficer, .administrator].contains(role))
        #expect(allowed(role, .readServiceCentre(council: council)))
    }

    @Test("nobody works on another council's service centre, and the public sees none of it")
    func otherCouncil() {
        for role in Role.allCases {
            #expect(!allowed(role, .readServiceCentre(council: council), council: UUID()))
            #expect(!allowed(role, .recordContacts(council: council), council: UUID()))
        }
        #expect(AccessPolicy.decide(nil, .readServiceCentre(council: council)) == .signInRequired)
    }
}

@Suite("Access policy: service requests and complaints")
struct RequestAccessTests {
    let council = UUID()
    let waste = UUID()

    @Test("staff raise and read requests, members do not; the responsible unit and performance officers work on them", arguments: Role.allCases)
    func requests(role: Role) {
        let actor = Actor(role: role, councilID: council, unitScope: [waste])
        #expect((AccessPolicy.decide(actor, .raiseRequests(council: council)) == .allowed) == (role != .councillor))
        #expect((AccessPolicy.decide(actor, .readRequests(council: council)) == .allowed) == (role != .councillor))
        let mayWork = AccessPolicy.decide(actor, .workOnRequests(council: council, unit: waste)) == .allowed
        #expect(mayWork == [.officer, .headOfUnit, .performanceOfficer].contains(role))
        #expect(AccessPolicy.decide(actor, .workOnRequests(council: council, unit: UUID())) == .allowed ? role == .performanceOfficer : true)
    }

    @Test("an agent logs a complaint but may not respond to it")
    func agent() {
        let agent = Actor(role: .serviceCentreAgent, councilID: council, unitScope: [])
        #expect(AccessPolicy.decide(agent, .raiseRequests(council: council)) == .allowed)
        #expect(AccessPolicy.decide(agent, .workOnRequests(council: council, unit: waste)) != .allowed)
    }
}

@Suite("Personal data rights")
struct PersonalDataAccessTests {
    let council = UUID()

    @Test("only the council's data protection officer or an administrator handles a person's data",
          arguments: Role.allCases)
    func handlers(role: Role) {
        let actor = Actor(role: role, councilID: council, unitScope: [])
        let allowed = role == .dataProtectionOfficer || role == .administrator
        #expect((AccessPolicy.decide(actor, .handlePersonalData(council: council)) == .allowed) == allowed)
        let elsewhere = Actor(role: role, councilID: UUID(), unitScope: [])
        #expect(AccessPolicy.decide(elsewhere, .handlePersonalData(council: council)) != .allowed)
        #expect(AccessPolicy.decide(nil, .handlePersonalData(council: council)) == .signInRequired)
    }
}

@Suite("Progress reports")
struct ReportAccessTests {
    let council = UUID()

    @Test("only a performance officer of the council prepares its reports", arguments: Role.allCases)
    func preparers(role: Role) {
        let actor = Actor(role: role, councilID: council, unitScope: [])
        let allowed = AccessPolicy.decide(actor, .prepareReports(council: council)) == .allowed
        #expect(allowed == (role == .performanceOfficer))
        let elsewhere = Actor(role: role, councilID: UUID(), unitScope: [])
        #expect(AccessPolicy.decide(elsewhere, .prepareReports(council: council)) != .allowed)
        #expect(AccessPolicy.decide(nil, .prepareReports(council: council)) == .signInRequired)
    }
}
